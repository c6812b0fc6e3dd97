package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.ItemKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Query-time expansion through the vocabularies and the producers: the words are first matched against
 * concepts and code lists (all words must match), and the variables coded with the code lists of the
 * best matches are added to the hits, each scoring a share of the best concept of its list
 * (so {@code infarctus du myocarde}, a CIM-10 label, finds {@code DGN_PAL}, coded in CIM-10). A list that copies
 * its codes from another ({@code prov:wasDerivedFrom}: the SNDS ships the CIM-10 many times over) is one terminology
 * with it: its concepts vote for the reference, and a concept of any copy reaches the variables coded with any
 * other ({@code diabète type 2} matches concepts of {@code IR_CIM_V}; {@code DGN_PAL} is coded with the PMSI's
 * {@code MS_CIM_V}). Likewise
 * the datasets of the producers the words name ({@code ATIH}); and the items whose mappings' targets the words
 * name ({@code date of birth} finds {@code BEN_NAI_ANN}, mapped to OMOP's {@code year_of_birth} and FHIR's
 * {@code Patient.birthDate}).
 *
 * <p>Why at query time rather than copying the labels of every code into each variable: CIM-10 alone has
 * 18,000 concepts and a variable would carry all of them; and a variable's document would then depend on
 * another record (the code list), so changing a code list would have to reindex every dataset that uses
 * it. Here each document is read from its own record, and the expansion costs one small search (the top
 * {@value #CONCEPTS_LOOKED_AT} concepts) per query.
 */
final class Expansion {
    static final int CONCEPTS_LOOKED_AT = 30;
    private static final int MAX_CODE_LISTS = 3;
    /** More lists than any terminology has copies. */
    private static final int MAX_FAMILY = 100;
    private static final int MAX_PRODUCERS = 2;
    /** Mappings whose target's words match: their subjects (variables, concepts) join the hits. */
    private static final int MAPPINGS_LOOKED_AT = 20;
    private static final int MAX_MAPPED = 10;
    /** A mapped item means what the words say: it scores as the mapping that led to it. */
    private static final float SHARE_OF_MAPPING = 1.0f;
    /** A dataset of a producer the words name scores this share of that producer's score. */
    private static final float SHARE_OF_SOURCE = 0.35f;
    /**
     * A terminology has this many concepts and coded variables or more (the CIM-10, the CCAM, the GHM): it names what
     * the data is about, a disease, an act. A smaller list names values (sexes, management codes).
     */
    private static final int TERMINOLOGY_SIZE = 1_000;
    /**
     * A variable coded with a terminology whose concept the words name scores this share of that concept's score: with
     * the priors of the kinds (a variable 1.2, a concept 0.5), just below the best concept, above the next ones.
     */
    private static final float SHARE_OF_CONCEPT = 0.4f;
    /** The same for a list of values: half as much, the value is seldom what the researcher looks for. */
    private static final float SHARE_OF_VALUE = 0.2f;

    private Expansion() {}

    /**
     * Clauses to add beside the words (possibly none).
     *
     * @param allWords requires every word
     * @param scoring scores the concepts as the search does (phrases too), so a share of a concept's score is a share of
     *        its score among the hits
     */
    static Clauses of(IndexSearcher searcher, Query allWords, Query scoring) throws IOException {
        List<Query> clauses = new ArrayList<>();
        List<Query> coded = new ArrayList<>();
        Query concepts = new BooleanQuery.Builder().add(allWords, BooleanClause.Occur.FILTER)
                .add(scoring, BooleanClause.Occur.MUST).build();
        Sources codeLists = families(searcher, best(searcher, concepts, CONCEPTS_LOOKED_AT, CONCEPTS_LOOKED_AT,
                List.of(ItemKind.CONCEPT, ItemKind.CODE_LIST), Expansion::codeListOf));
        if (!codeLists.values().isEmpty()) {
            // each family's variables score a share of its best concept; a variable coded with two of them, the higher
            List<Query> perFamily = new ArrayList<>();
            for (String family : codeLists.values()) {
                List<String> members = members(searcher, family);
                float share = size(searcher, members) >= TERMINOLOGY_SIZE ? SHARE_OF_CONCEPT : SHARE_OF_VALUE;
                perFamily.add(boosted(Fields.CODING, members, ItemKind.VARIABLE, codeLists.bestScores().get(family) * share));
            }
            coded.add(new DisjunctionMaxQuery(perFamily, 0f));
        }
        Sources mapped = best(searcher, allWords, MAPPINGS_LOOKED_AT, MAX_MAPPED,
                new TermQuery(new Term(Fields.DOC_TYPE, Fields.MAPPING)), d -> d.get(Fields.MAPPED_SUBJECT));
        if (!mapped.values().isEmpty()) {
            clauses.add(boosted(Fields.IRI, mapped.values(), null, mapped.topScore() * SHARE_OF_MAPPING));
        }
        Sources producers = best(searcher, allWords, MAX_PRODUCERS, MAX_PRODUCERS,
                List.of(ItemKind.PRODUCER), d -> d.get(Fields.IRI));
        if (!producers.values().isEmpty()) {
            clauses.add(boosted(Fields.PRODUCER, producers.values(), ItemKind.DATASET, producers.topScore() * SHARE_OF_SOURCE));
        }
        return new Clauses(coded, clauses);
    }

    /**
     * The clauses of an expansion.
     *
     * @param coded the variables coded with the code lists the words name: another way to reach an item, so an item the
     *        words match as well keeps the better of the two scores, not their sum (a variable named "CCAM" and coded
     *        with the CCAM is not twice as relevant to "CCAM")
     * @param added the items mapped to targets the words name and the datasets of the producers they name: added to the
     *        words' score
     */
    record Clauses(List<Query> coded, List<Query> added) {}

    private static String codeListOf(Document d) {
        return ItemKind.CODE_LIST.id().equals(d.get(Fields.KIND)) ? d.get(Fields.IRI) : d.get(Fields.CODE_LIST_IRI);
    }

    /**
     * What the expansion found: the values to expand to, the score of the best item that led there, and of the best
     * item that led to each value.
     */
    private record Sources(List<String> values, float topScore, Map<String, Float> bestScores, Map<String, Integer> votes) {}

    /** The most frequent values of {@code key} among the top {@code look} items of the given kinds. */
    private static Sources best(IndexSearcher searcher, Query words, int look, int keep, List<ItemKind> kinds,
                                     java.util.function.Function<Document, String> key) throws IOException {
        return best(searcher, words, look, keep, kindFilter(kinds), key);
    }

    /** The most frequent values of {@code key} among the top {@code look} documents {@code filter} lets through. */
    private static Sources best(IndexSearcher searcher, Query words, int look, int keep, Query filter,
                                     java.util.function.Function<Document, String> key) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        q.add(filter, BooleanClause.Occur.FILTER);
        ScoreDoc[] top = Orders.scored(searcher.search(q.build(), look, Orders.BY_RELEVANCE).scoreDocs);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Float> bestScores = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top) {
            String value = key.apply(stored.document(sd.doc));
            if (value != null) {
                counts.merge(value, 1, Integer::sum);
                bestScores.merge(value, sd.score, Math::max);
            }
        }
        return new Sources(mostVoted(counts, keep), top.length == 0 ? 0f : top[0].score, bestScores, counts);
    }

    /**
     * {@code lists} with each code list replaced by the list it copies its codes from, when it names one: the SNDS's
     * copies of the CIM-10 ({@code MS_CIM_V}, {@code AT_OMS_V}…) count as the reference list, so one terminology is one
     * source of votes and scores.
     */
    private static Sources families(IndexSearcher searcher, Sources lists) throws IOException {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, Float> bestScores = new HashMap<>();
        for (String list : lists.values()) {
            String family = family(searcher, list);
            votes.merge(family, lists.votes().get(list), Integer::sum);
            bestScores.merge(family, lists.bestScores().get(list), Math::max);
        }
        return new Sources(mostVoted(votes, MAX_CODE_LISTS), lists.topScore(), bestScores, votes);
    }

    /** The {@code keep} values with the most votes, most first; equal votes in the order they were first met. */
    private static List<String> mostVoted(Map<String, Integer> votes, int keep) {
        return votes.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(keep).map(Map.Entry::getKey).toList();
    }

    /** The list {@code list} copies its codes from, or itself. */
    private static String family(IndexSearcher searcher, String list) throws IOException {
        ScoreDoc[] found = searcher.search(codeListDoc(new TermQuery(new Term(Fields.IRI, list))), 1).scoreDocs;
        if (found.length == 0) {
            return list;
        }
        for (String value : searcher.storedFields().document(found[0].doc, Set.of(Fields.CODE_LIST_FAMILY))
                .getValues(Fields.CODE_LIST_FAMILY)) {
            if (!value.equals(list)) {
                return value;
            }
        }
        return list;
    }

    /** The code lists of a family: the list and those that copy their codes from it. */
    private static List<String> members(IndexSearcher searcher, String family) throws IOException {
        List<String> out = new ArrayList<>(List.of(family));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(codeListDoc(new TermQuery(new Term(Fields.CODE_LIST_FAMILY, family))),
                MAX_FAMILY).scoreDocs) {
            String iri = stored.document(sd.doc, Set.of(Fields.IRI)).get(Fields.IRI);
            if (!out.contains(iri)) {
                out.add(iri);
            }
        }
        return out;
    }

    /** About how many concepts {@code lists} have together (and variables coded with them). */
    private static int size(IndexSearcher searcher, List<String> lists) throws IOException {
        int size = 0;
        for (String list : lists) {
            size += searcher.getIndexReader().docFreq(new Term(Fields.CODING, list));
        }
        return size;
    }

    private static Query codeListDoc(Query q) {
        return new BooleanQuery.Builder().add(q, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, ItemKind.CODE_LIST.id())), BooleanClause.Occur.FILTER).build();
    }

    static Query kindFilter(java.util.Collection<ItemKind> kinds) {
        List<BytesRef> ids = kinds.stream().map(k -> new BytesRef(k.id())).toList();
        return new TermInSetQuery(Fields.KIND, ids);
    }

    /** The items whose {@code field} is one of {@code values} (and of {@code kind}, unless null), all scored {@code boost}. */
    private static Query boosted(String field, List<String> values, ItemKind kind, float boost) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.DOC_TYPE, Fields.ITEM)), BooleanClause.Occur.FILTER);
        if (kind != null) {
            b.add(new TermQuery(new Term(Fields.KIND, kind.id())), BooleanClause.Occur.FILTER);
        }
        Query targets = b.build();
        return new BoostQuery(new ConstantScoreQuery(targets), boost);
    }
}

package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.ItemKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Query-time expansion through the vocabularies and the producers: the words are first matched against
 * concepts and code lists (all words must match), and the variables coded with the code lists of the
 * best matches are added to the hits with a fixed score
 * (so {@code infarctus du myocarde}, a CIM-10 label, finds {@code DGN_PAL}, coded in CIM-10); likewise
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
    private static final int MAX_PRODUCERS = 2;
    /** Mappings whose target's words match: their subjects (variables, concepts) join the hits. */
    private static final int MAPPINGS_LOOKED_AT = 20;
    private static final int MAX_MAPPED = 10;
    /** A mapped item means what the words say: it scores as the mapping that led to it. */
    private static final float SHARE_OF_MAPPING = 1.0f;
    /**
     * An expanded item scores this share of the best concept (or producer) that led to it, so it ranks
     * below that concept but with the items the words match about as well.
     */
    private static final float SHARE_OF_SOURCE = 0.35f;

    private Expansion() {}

    /** Clauses to add beside the words (possibly none); {@code allWords} must require every word. */
    static List<Query> of(IndexSearcher searcher, Query allWords) throws IOException {
        Query words = allWords;
        List<Query> clauses = new ArrayList<>();
        Sources codeLists = best(searcher, words, CONCEPTS_LOOKED_AT, MAX_CODE_LISTS,
                List.of(ItemKind.CONCEPT, ItemKind.CODE_LIST), Expansion::codeListOf);
        if (!codeLists.values().isEmpty()) {
            clauses.add(boosted(Fields.CODING, codeLists.values(), ItemKind.VARIABLE, codeLists.topScore() * SHARE_OF_SOURCE));
        }
        Sources mapped = best(searcher, words, MAPPINGS_LOOKED_AT, MAX_MAPPED,
                new TermQuery(new Term(Fields.DOC_TYPE, Fields.MAPPING)), d -> d.get(Fields.MAPPED_SUBJECT));
        if (!mapped.values().isEmpty()) {
            clauses.add(boosted(Fields.IRI, mapped.values(), null, mapped.topScore() * SHARE_OF_MAPPING));
        }
        Sources producers = best(searcher, words, MAX_PRODUCERS, MAX_PRODUCERS,
                List.of(ItemKind.PRODUCER), d -> d.get(Fields.IRI));
        if (!producers.values().isEmpty()) {
            clauses.add(boosted(Fields.PRODUCER, producers.values(), ItemKind.DATASET, producers.topScore() * SHARE_OF_SOURCE));
        }
        return clauses;
    }

    private static String codeListOf(Document d) {
        return ItemKind.CODE_LIST.id().equals(d.get(Fields.KIND)) ? d.get(Fields.IRI) : d.get(Fields.CODE_LIST_IRI);
    }

    /** What the expansion found: the values to expand to, and the score of the best item that led there. */
    private record Sources(List<String> values, float topScore) {}

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
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top) {
            String value = key.apply(stored.document(sd.doc));
            if (value != null) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        List<String> values = counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(keep).map(Map.Entry::getKey).toList();
        return new Sources(values, top.length == 0 ? 0f : top[0].score);
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

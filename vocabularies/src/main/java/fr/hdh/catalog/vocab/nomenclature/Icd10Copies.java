package fr.hdh.catalog.vocab.nomenclature;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.text.Folding;
import fr.hdh.catalog.ontologies.PROV;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Links the SNDS's many copies of the CIM-10 to one reference list, {@code IR_CIM_V} (the SNIIRAM's CIM-10, the
 * fullest): each concept of another list whose codes are ICD-10 codes ({@code MS_CIM_V} of the PMSI, the causes of
 * death, the lists of categories…) gets {@code skos:exactMatch} to the reference concept of the same code, when the
 * reference has it. One disease is then one concept with its occurrences, which a concept page and the search can
 * follow. Codes the reference lacks keep no link: nothing is assumed of them. A list with such links names the reference as
 * its source ({@code prov:wasDerivedFrom}), so the search treats the copies and the reference as one terminology.
 *
 * <pre>
 * int links = Icd10Copies.link(records, iris);   // 28,853 on the demo's nomenclatures
 * </pre>
 */
final class Icd10Copies {
    /** The name of the reference CIM-10 list among the SNDS nomenclatures. */
    static final String REFERENCE = "IR_CIM_V";
    private static final double SAME_MEANING_SHARE = 0.5;
    private static final int MIN_WORD = 4;
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}]+");

    private Icd10Copies() {}

    /**
     * Adds the links to the content of {@code records} (the reference itself is left as it is).
     *
     * @return how many links were added; 0 when the reference is not among the records
     */
    static int link(List<CatalogRecord> records, CatalogIris iris) {
        String referenceIri = iris.vocabulary(NomenclatureReader.VOCABULARY_SOURCE, REFERENCE);
        Optional<CatalogRecord> reference = records.stream().filter(r -> r.iri().equals(referenceIri)).findFirst();
        if (reference.isEmpty()) {
            return 0;
        }
        Map<String, Node> referenceCodes = codes(reference.get().content());
        int added = 0;
        for (CatalogRecord copy : records) {
            if (copy == reference.get()) {
                continue;
            }
            Map<String, Node> codes = codes(copy.content());
            if (!Icd10Hierarchy.applies(codes.keySet())
                    || !sameMeanings(copy.content(), codes, reference.get().content(), referenceCodes)) {
                continue;
            }
            int linked = 0;
            for (Map.Entry<String, Node> code : codes.entrySet()) {
                Node same = referenceCodes.get(code.getKey());
                if (same != null) {
                    copy.content().add(code.getValue(), SKOS.exactMatch.asNode(), same);
                    linked++;
                }
            }
            if (linked > 0) {
                Node referenceScheme = NodeFactory.createURI(referenceIri);
                copy.content().find(Node.ANY, RDF.type.asNode(), SKOS.ConceptScheme.asNode()).toList()
                        .forEach(t -> copy.content().add(t.getSubject(), PROV.wasDerivedFrom.asNode(), referenceScheme));
            }
            added += linked;
        }
        return added;
    }

    /**
     * Whether the codes both lists have mean the same in both: at least half of them share a word between their labels.
     * Codes shaped like ICD-10 codes are not enough: the CDAM's acts ({@code A230}) and the EphMRA's classes
     * ({@code S03D}) look the same and share 6 % and 4 % of their labels' words with the CIM-10; its copies share all.
     */
    private static boolean sameMeanings(Graph copy, Map<String, Node> codes, Graph reference, Map<String, Node> referenceCodes) {
        int shared = 0;
        int agreeing = 0;
        for (Map.Entry<String, Node> code : codes.entrySet()) {
            Node same = referenceCodes.get(code.getKey());
            if (same != null) {
                shared++;
                Set<String> words = labelWords(copy, code.getValue());
                words.retainAll(labelWords(reference, same));
                agreeing += words.isEmpty() ? 0 : 1;
            }
        }
        return shared > 0 && agreeing >= SAME_MEANING_SHARE * shared;
    }

    /** The words of a concept's labels, folded and cut to their first letters: {@code ischemiques} and {@code ischemique} agree. */
    private static Set<String> labelWords(Graph g, Node concept) {
        Set<String> out = new HashSet<>();
        g.find(concept, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(t -> {
            for (String word : WORD_SPLIT.split(Folding.fold(t.getObject().getLiteralLexicalForm()))) {
                if (word.length() >= MIN_WORD) {
                    out.add(word.substring(0, Math.min(word.length(), MIN_WORD + 1)));
                }
            }
        });
        return out;
    }

    /** Each notation of {@code g} with its concept. */
    private static Map<String, Node> codes(Graph g) {
        Map<String, Node> out = new HashMap<>();
        g.find(Node.ANY, SKOS.notation.asNode(), Node.ANY).forEachRemaining((Triple t) -> {
            if (t.getObject().isLiteral()) {
                out.putIfAbsent(t.getObject().getLiteralLexicalForm(), t.getSubject());
            }
        });
        return out;
    }
}

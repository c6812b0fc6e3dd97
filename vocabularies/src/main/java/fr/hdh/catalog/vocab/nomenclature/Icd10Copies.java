package fr.hdh.catalog.vocab.nomenclature;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;

/**
 * Links the SNDS's many copies of the CIM-10 to one reference list, {@code IR_CIM_V} (the SNIIRAM's CIM-10, the
 * fullest): each concept of another list whose codes are ICD-10 codes ({@code MS_CIM_V} of the PMSI, the causes of
 * death, the lists of categories…) gets {@code skos:exactMatch} to the reference concept of the same code, when the
 * reference has it. One disease is then one concept with its occurrences, which a concept page and the search can
 * follow. Codes the reference lacks keep no link: nothing is assumed of them.
 *
 * <pre>
 * int links = Icd10Copies.link(records, iris);   // 34,000 and more on the demo's nomenclatures
 * </pre>
 */
final class Icd10Copies {
    /** The name of the reference CIM-10 list among the SNDS nomenclatures. */
    static final String REFERENCE = "IR_CIM_V";

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
            if (!Icd10Hierarchy.applies(codes.keySet())) {
                continue;
            }
            for (Map.Entry<String, Node> code : codes.entrySet()) {
                Node same = referenceCodes.get(code.getKey());
                if (same != null) {
                    copy.content().add(code.getValue(), SKOS.exactMatch.asNode(), same);
                    added++;
                }
            }
        }
        return added;
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

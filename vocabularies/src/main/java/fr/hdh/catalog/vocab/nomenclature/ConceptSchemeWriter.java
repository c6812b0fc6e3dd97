package fr.hdh.catalog.vocab.nomenclature;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.text.TextRepair;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes one nomenclature as SKOS: the concept scheme, then one concept per CSV row. DCAT-AP requires
 * a {@code dct:title} on every scheme and a {@code skos:prefLabel} on every concept, so a missing title
 * falls back to the nomenclature's name and a missing label to the code.
 */
final class ConceptSchemeWriter {
    private static final String FRENCH = "fr";
    /** Joins the values of a composite key in a concept's IRI; no SNDS code holds it. */
    static final String KEY_JOINER = "~";

    static {
        // Jena must be initialised before its vocabulary classes, or RDF.type can be read as null.
        JenaSystem.init();
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node CONCEPT = SKOS.Concept.asNode();
    private static final Node IN_SCHEME = SKOS.inScheme.asNode();
    private static final Node NOTATION = SKOS.notation.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();

    private final CatalogIris iris;

    ConceptSchemeWriter(CatalogIris iris) {
        this.iris = iris;
    }

    /** Adds the scheme's own description to {@code g}. */
    void addScheme(Graph g, Node scheme, NomenclatureSchema schema) {
        String title = TextRepair.repair(schema.title());
        Node titleLiteral = NodeFactory.createLiteralLang(title.isEmpty() ? schema.name() : title, FRENCH);
        g.add(scheme, TYPE, SKOS.ConceptScheme.asNode());
        g.add(scheme, DCTerms.title.asNode(), titleLiteral);
        g.add(scheme, PREF_LABEL, titleLiteral);
        g.add(scheme, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(schema.name()));
        String description = TextRepair.repair(schema.description());
        if (!description.isEmpty()) {
            g.add(scheme, DCTerms.description.asNode(), NodeFactory.createLiteralLang(description, FRENCH));
        }
        if (!schema.sourceFolder().isEmpty()) {
            g.add(scheme, DCTerms.source.asNode(), NodeFactory.createLiteralString(schema.sourceFolder()));
        }
    }

    /** Adds one concept per data row of {@code csv}, counting rows and what is skipped in {@code tally}. */
    void addConcepts(Graph g, Node scheme, NomenclatureSchema schema, SemicolonCsv csv, NomenclatureTally tally)
            throws IOException {
        List<String> row = new ArrayList<>();
        if (!csv.next(row)) {
            return;
        }
        ColumnPositions at = ColumnPositions.of(schema, List.copyOf(row));
        int width = at.requiredWidth();
        Set<String> keys = new HashSet<>();
        while (csv.next(row)) {
            tally.row();
            if (row.size() < width) {
                tally.shortRow();
                continue;
            }
            String code = TextRepair.repair(row.get(at.code()));
            if (code.isEmpty()) {
                tally.emptyCode();
                continue;
            }
            String key = at.keyIsCode() ? code : compositeKey(row, at.key());
            if (!keys.add(key)) {
                tally.duplicateKey();
                continue;
            }
            addConcept(g, scheme, key, code, label(row, at.label(), code));
            tally.concept();
        }
        if (at.keyIsCode() && Icd10Hierarchy.applies(keys)) {
            Icd10Hierarchy.add(g, keys, code -> NodeFactory.createURI(iris.concept(scheme.getURI(), code)));
        }
    }

    private void addConcept(Graph g, Node scheme, String key, String code, String label) {
        Node concept = NodeFactory.createURI(iris.concept(scheme.getURI(), key));
        g.add(concept, TYPE, CONCEPT);
        g.add(concept, IN_SCHEME, scheme);
        g.add(concept, NOTATION, NodeFactory.createLiteralString(code));
        g.add(concept, PREF_LABEL, NodeFactory.createLiteralLang(label, FRENCH));
    }

    private static String label(List<String> row, int labelIndex, String code) {
        if (labelIndex < 0 || labelIndex >= row.size()) {
            return code;
        }
        String label = TextRepair.repair(row.get(labelIndex));
        return label.isEmpty() ? code : label;
    }

    private static String compositeKey(List<String> row, int[] key) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < key.length; i++) {
            if (i > 0) {
                b.append(KEY_JOINER);
            }
            b.append(TextRepair.repair(row.get(key[i])));
        }
        return b.toString();
    }
}

package fr.hdh.catalog.web.vocabulary;

import fr.hdh.catalog.web.vocabulary.ConceptDescription.SkosMatch;
import fr.hdh.catalog.web.vocabulary.ConceptDescription.SssomMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A concept's mappings: the SKOS mapping statements ({@code exactMatch}, {@code closeMatch},
 * {@code broadMatch}, {@code narrowMatch}, {@code relatedMatch}) in records that are not mapping sets, and
 * the SSSOM mappings of the stored sets whose subject or object it is, with their justification,
 * confidence and review status. A set's own plain match triples are not counted twice.
 */
final class Mappings {
    private final StoreReader reader;
    private final Concepts.Namer namer;

    Mappings(StoreReader reader, Concepts.Namer namer) {
        this.reader = reader;
        this.namer = namer;
    }

    ConceptDescription.Mappings of(Node concept) {
        List<SkosMatch> skos = new ArrayList<>();
        for (Binding row : reader.select(VocabularyQuery.MATCHES, Map.of("concept", concept))) {
            if (row.get("other").isURI()) {
                skos.add(new SkosMatch(row.get("predicate").getURI(), StoreReader.text(row, "direction"),
                        namer.ref(row.get("other").getURI())));
            }
        }
        List<SssomMapping> sssom = new ArrayList<>();
        for (Binding row : reader.select(VocabularyQuery.SSSOM, Map.of("concept", concept))) {
            String confidence = StoreReader.text(row, "confidence");
            String status = StoreReader.text(row, "status");
            sssom.add(new SssomMapping(row.get("set").getURI(), row.get("mapping").getURI(),
                    namer.ref(row.get("subject").getURI(), StoreReader.text(row, "subjectLabel")),
                    row.get("predicate").getURI(),
                    namer.ref(row.get("object").getURI(), StoreReader.text(row, "objectLabel")),
                    StoreReader.text(row, "justification"), number(confidence),
                    status.isEmpty() ? "proposed" : status));
        }
        return new ConceptDescription.Mappings(skos, sssom);
    }

    /** The confidence as a number; null when it is missing or not one. */
    private static Double number(String confidence) {
        try {
            return confidence.isEmpty() ? null : Double.valueOf(confidence);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}

package fr.hdh.catalog.core.record;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.validation.ShapesLibrary;
import fr.hdh.catalog.ontologies.HDH;
import fr.hdh.catalog.ontologies.ProfileResource;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Every term of ours the code writes is defined in hdh.ttl with a French and an English label. */
class OntologyTermsTest {

    @Test
    void everyTermTheCodeUsesHasFrenchAndEnglishLabels() throws IllegalAccessException {
        Graph ontology = GraphFactory.createDefaultGraph();
        ShapesLibrary.readInto(ontology, ProfileResource.HDH_ONTOLOGY);
        List<Node> terms = new ArrayList<>();
        for (Class<?> c : List.of(HDH.class, WorkspaceTerms.class, fr.hdh.catalog.core.backup.BackupManifest.class,
                fr.hdh.catalog.core.quality.QualityTerms.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object value = f.get(null);
                if (value instanceof Property p) {
                    terms.add(p.asNode());
                } else if (value instanceof Node n && n.isURI() && n.getURI().startsWith(HDH.NS)) {
                    terms.add(n);
                }
            }
        }
        for (VersionState state : VersionState.values()) {
            terms.add(state.node());
        }
        for (fr.hdh.catalog.core.usage.ProjectStatus status : fr.hdh.catalog.core.usage.ProjectStatus.values()) {
            terms.add(org.apache.jena.graph.NodeFactory.createURI(status.iri()));
        }
        for (fr.hdh.catalog.core.usage.SponsorType type : fr.hdh.catalog.core.usage.SponsorType.values()) {
            terms.add(org.apache.jena.graph.NodeFactory.createURI(type.iri()));
        }
        for (Node term : terms) {
            assertTrue(hasLabel(ontology, term, "fr") && hasLabel(ontology, term, "en"),
                    term + " needs a French and an English rdfs:label in hdh.ttl");
        }
        assertTrue(terms.size() > 25, "the scan found the terms: " + terms.size());
    }

    private static boolean hasLabel(Graph g, Node term, String lang) {
        return g.find(term, RDFS.label.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage()));
    }
}

package fr.hdh.catalog.vocab.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** What {@link SkosSchemes} adds (links given one way, top concepts, a title) and refuses, on small schemes written here. */
class SkosSchemesTest {
    static final String PREFIX = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n@prefix ex: <http://example.org/> .\n";

    static Graph turtle(String body) {
        return SkosRdf.read((PREFIX + body).getBytes(StandardCharsets.UTF_8), Lang.TURTLE, "http://example.org/", "test.ttl");
    }

    @Test
    void linksGivenOneWayAreCompletedAndRootsBecomeTopConcepts() {
        SchemeGraph s = SkosSchemes.checked(turtle("""
                ex:s a skos:ConceptScheme ; skos:prefLabel "Thèmes"@fr, "Themes"@en .
                ex:a a skos:Concept ; skos:inScheme ex:s ; skos:prefLabel "A"@en ; skos:narrower ex:b .
                ex:b a skos:Concept ; skos:inScheme ex:s ; skos:prefLabel "B"@en .
                ex:c a skos:Concept ; skos:topConceptOf ex:s ; skos:prefLabel "C"@en ; skos:broader ex:other .
                """), Optional.empty(), "test.ttl");
        Graph g = s.graph();
        Node scheme = NodeFactory.createURI("http://example.org/s");
        assertTrue(g.contains(NodeFactory.createURI("http://example.org/b"), SKOS.broader.asNode(), NodeFactory.createURI("http://example.org/a")));
        assertEquals(2, g.find(scheme, SKOS.hasTopConcept.asNode(), Node.ANY).toList().size(), "a and c");
        assertEquals(3, g.find(Node.ANY, SKOS.inScheme.asNode(), scheme).toList().size(), "c was in the scheme by skos:topConceptOf");
        assertEquals(2, g.find(scheme, DCTerms.title.asNode(), Node.ANY).toList().size(), "the title from the labels, in both languages");
    }

    @Test
    void refusalsNameWhatIsWrong() {
        assertRefused("""
                ex:s a skos:ConceptScheme ; skos:prefLabel "S"@en .
                ex:a skos:inScheme ex:s ; skos:prefLabel "A"@en ; skos:broader ex:b .
                ex:b skos:inScheme ex:s ; skos:prefLabel "B"@en ; skos:broader ex:a .
                """, "cycle");
        assertRefused("""
                ex:s a skos:ConceptScheme ; skos:prefLabel "S"@en .
                ex:a skos:inScheme ex:s ; skos:prefLabel "A"@en, "Autre A"@en .
                """, "two skos:prefLabel in language en");
        assertRefused("""
                ex:s a skos:ConceptScheme ; skos:prefLabel "S"@en .
                ex:a skos:inScheme ex:s .
                """, "<http://example.org/a> has no skos:prefLabel");
        assertRefused("""
                ex:s a skos:ConceptScheme ; skos:prefLabel "S"@en .
                ex:t a skos:ConceptScheme ; skos:prefLabel "T"@en .
                """, "several concept schemes");
        assertRefused("ex:a a skos:Concept ; skos:prefLabel \"A\"@en .\n", "no resource is a skos:ConceptScheme");
        assertRefused("ex:s a skos:ConceptScheme ; skos:prefLabel \"S\"@en .\n", "has no concept");
    }

    private static void assertRefused(String turtle, String mention) {
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> SkosSchemes.checked(turtle(turtle), Optional.empty(), "test.ttl"));
        assertTrue(e.getMessage().contains(mention), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.ttl"), e.getMessage());
    }
}

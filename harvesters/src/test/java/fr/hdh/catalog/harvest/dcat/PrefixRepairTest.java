package fr.hdh.catalog.harvest.dcat;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.io.JsonLdContexts;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/**
 * A hand-written Turtle document that forgets to declare a well-known prefix (ckanext-dcat's own
 * DCAT-AP 3 example uses {@code healthdcatap:} undeclared) is read with it declared; an unknown prefix
 * still stops the document, with the parser's message.
 */
class PrefixRepairTest {
    private final RdfDocuments documents = new RdfDocuments(JsonLdContexts.none());

    @Test
    void wellKnownPrefixesLeftUndeclaredAreDeclared() {
        String turtle = "<https://x.example/d> a dcat:Dataset ; healthdcatap:hdab <https://x.example/hdab> ; dcterms:title \"D\" .";

        DatasetGraph dsg = documents.parse(turtle.getBytes(StandardCharsets.UTF_8), Lang.TURTLE, "https://x.example/", "d.ttl");

        Node d = NodeFactory.createURI("https://x.example/d");
        assertTrue(dsg.getDefaultGraph().contains(d, NodeFactory.createURI("http://healthdataportal.eu/ns/health#hdab"), Node.ANY));
        assertTrue(dsg.getDefaultGraph().contains(d, NodeFactory.createURI("http://purl.org/dc/terms/title"), Node.ANY));
    }

    @Test
    void anUnknownPrefixStillStopsTheDocument() {
        byte[] turtle = "<https://x.example/d> a nowhere:Thing .".getBytes(StandardCharsets.UTF_8);

        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> documents.parse(turtle, Lang.TURTLE, "https://x.example/", "d.ttl"));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
        assertTrue(Optional.ofNullable(e.source()).isPresent());
    }
}

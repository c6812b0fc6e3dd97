package fr.hdh.catalog.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

class RecordSplitterTest {
    private static final RecordSource SOURCE = new RecordSource("file:///test.ttl", "test");

    @Test
    void eachTypedResourceBecomesARecordThatOwnsWhatItReaches() throws Exception {
        RecordSplitter.Result result = RecordSplitter.split(
                RdfFiles.read(resource("/records/producer-and-dataset.ttl"), Lang.TURTLE, JsonLdContexts.none()), SOURCE);

        Map<String, CatalogRecord> byIri = result.records().stream()
                .collect(Collectors.toMap(CatalogRecord::iri, Function.identity()));
        assertEquals(2, byIri.size());
        CatalogRecord dataset = byIri.get("http://test.example/dataset/pmsi-mco");
        CatalogRecord producer = byIri.get("http://test.example/producer/atih");
        assertEquals(RecordKind.DATASET, dataset.kind());
        assertEquals(RecordKind.PRODUCER, producer.kind());

        Node distribution = NodeFactory.createURI("http://test.example/dataset/pmsi-mco/distribution/1");
        assertTrue(dataset.content().contains(distribution, Node.ANY, Node.ANY), "the distribution goes with its dataset");
        Node contact = NodeFactory.createURI("http://test.example/producer/atih#contact");
        assertTrue(producer.content().contains(contact, Node.ANY, Node.ANY), "the contact point goes with its producer");
        assertTrue(!dataset.content().contains(contact, Node.ANY, Node.ANY), "the producer is not copied into the dataset");
        assertEquals(0, result.unclaimedTriples());
    }

    @Test
    void triplesAboutNoRecordAreCountedNotImported() throws Exception {
        var dsg = RdfFiles.read(resource("/records/producer-and-dataset.ttl"), Lang.TURTLE, JsonLdContexts.none());
        dsg.getDefaultGraph().add(NodeFactory.createURI("http://x/y"), NodeFactory.createURI("http://x/p"),
                NodeFactory.createLiteralString("stray"));
        assertEquals(1, RecordSplitter.split(dsg, SOURCE).unclaimedTriples());
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(RecordSplitterTest.class.getResource(name).toURI());
    }
}

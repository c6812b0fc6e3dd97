package fr.hdh.catalog.core.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * DCAT-AP's own JSON-LD example names its context by URL: it is read offline from the copy the catalogue
 * ships, with no door to the network at all; a context nobody ships is still refused there.
 */
class KnownContextsTest {

    @Test
    void theOfficialExampleIsReadWithTheShippedContextAndNoNetwork() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = getClass().getResourceAsStream("/jsonld/example-bee-population-dataset-frequency.jsonld")) {
            JsonLdContexts.none().configure(RDFParser.source(in)).lang(Lang.JSONLD).parse(dsg);
        }

        assertTrue(dsg.getDefaultGraph().contains(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()), "a dcat:Dataset is read");
    }

    @Test
    void aContextNobodyShipsIsStillNotLoadedWithoutADoor() {
        String doc = "{\"@context\": \"https://elsewhere.example/context.jsonld\", \"@id\": \"https://x.example/d\", \"title\": \"D\"}";

        assertThrows(RiotException.class, () -> JsonLdContexts.none().configure(RDFParser.fromString(doc, Lang.JSONLD))
                .parse(DatasetGraphFactory.create()));
        assertTrue(KnownContexts.of(java.net.URI.create("http://semiceu.github.io/DCAT-AP/releases/3.0.1/context/dcat-ap.jsonld"))
                .map(b -> new String(b, StandardCharsets.UTF_8).contains("@context")).orElse(false), "http and https alike");
    }
}

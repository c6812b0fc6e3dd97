package fr.hdh.catalog.vocab.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.record.Change;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Versions of one scheme: each kept, the last loaded current, a record from before versions kept too. */
class SchemeVersionsTest {
    static final String BASE = "http://test.example/";
    static final String SCHEME = "http://example.org/s";
    static final RecordSource SOURCE = new RecordSource("urn:test", "tester");

    Catalog catalog;
    SchemeVersions versions;

    @BeforeEach
    void open() {
        catalog = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE);
        versions = new SchemeVersions(catalog);
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    static SchemeGraph scheme(String label) {
        Graph g = SkosRdf.read(("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n@prefix ex: <http://example.org/> .\n"
                + "ex:s a skos:ConceptScheme ; skos:prefLabel \"S\"@en .\nex:a skos:inScheme ex:s ; skos:prefLabel \"" + label + "\"@en .\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE, BASE, "test.ttl");
        return SkosSchemes.checked(g, Optional.empty(), "test.ttl");
    }

    Graph stored(String name) {
        return catalog.store().read(() -> catalog.store().recordGraph(name).orElseGet(GraphFactory::createDefaultGraph));
    }

    static Node label(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    @Test
    void everyVersionIsKeptAndTheLastLoadedIsCurrent() {
        SchemeVersions.Loaded v1 = versions.load(scheme("Alpha"), Optional.of("1"), SOURCE);
        SchemeVersions.Loaded v2 = versions.load(scheme("Alpha renamed"), Optional.of("2"), SOURCE);
        assertEquals(2, v2.versionGraphs().size());
        Node a = NodeFactory.createURI("http://example.org/a");
        assertTrue(stored(SCHEME).contains(a, SKOS.prefLabel.asNode(), label("Alpha renamed")));
        assertFalse(stored(SCHEME).contains(a, SKOS.prefLabel.asNode(), label("Alpha")));
        assertTrue(stored(v1.versionGraph()).contains(a, SKOS.prefLabel.asNode(), label("Alpha")));
        assertTrue(stored(v1.versionGraph()).contains(NodeFactory.createURI(v1.versionGraph()), DCTerms.issued.asNode(), Node.ANY));

        SchemeVersions.Loaded again = versions.load(scheme("Alpha"), Optional.of("1"), SOURCE);
        assertEquals(Change.CHANGED, again.change());
        assertEquals(2, again.versionGraphs().size(), "reloading version 1 keeps both and makes 1 current");
        assertTrue(stored(SCHEME).contains(NodeFactory.createURI(SCHEME), OWL.versionInfo.asNode(), NodeFactory.createLiteralString("1")));
    }

    @Test
    void aRecordFromBeforeVersionsIsKeptAsTheVersionItNames() {
        Graph harvested = scheme("Old label").graph();
        harvested.add(NodeFactory.createURI(SCHEME), OWL.versionInfo.asNode(), NodeFactory.createLiteralString("0.9"));
        harvested.add(NodeFactory.createURI(SCHEME), DCTerms.title.asNode(), label("S"));
        catalog.records().put(new CatalogRecord(SCHEME, RecordKind.VOCABULARY, harvested, SOURCE));

        SchemeVersions.Loaded loaded = versions.load(scheme("New label"), Optional.of("1.0"), SOURCE);
        assertEquals(2, loaded.versionGraphs().size());
        String old = loaded.versionGraphs().stream().filter(v -> v.endsWith("/0.9")).findFirst().orElseThrow();
        assertTrue(stored(old).contains(NodeFactory.createURI("http://example.org/a"), SKOS.prefLabel.asNode(), label("Old label")));
        assertFalse(stored(old).contains(NodeFactory.createURI(old), DCTerms.issued.asNode(), Node.ANY), "its load time is not known");
    }

    @Test
    void aVersionIsRequiredAndMustAgreeWithTheFile() {
        assertThrows(MalformedInputException.class, () -> versions.load(scheme("A"), Optional.empty(), SOURCE));
        SchemeGraph declared = new SchemeGraph(SCHEME, scheme("A").graph(), Optional.of("3"));
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> versions.load(declared, Optional.of("4"), SOURCE));
        assertTrue(e.getMessage().contains("the file says 3, the request says 4"), e.getMessage());
        assertTrue(catalog.records().content(SCHEME).isEmpty());
    }
}

package fr.hdh.catalog.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordServiceTest {
    private static final String BASE = "http://test.example/";
    private static final RecordSource SOURCE = new RecordSource("urn:test", "tester");

    @TempDir
    Path dir;

    private Catalog catalog;

    @BeforeEach
    void open() {
        catalog = Catalog.open(CatalogConfig.onDisk(dir, BASE), ReferenceLookup.NONE);
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void aNewRecordIsAddedWithProvenanceAndWritingItAgainWritesNothing() {
        CatalogRecord cnam = producer("cnam", "Caisse nationale de l'assurance maladie");

        assertEquals(Change.ADDED, catalog.records().put(cnam));
        Graph stored = storedGraph(cnam.iri());
        String modified = literal(stored, RecordProvenance.recordNode(cnam.iri()), DCTerms.modified.asNode());

        assertEquals(Change.UNCHANGED, catalog.records().put(producer("cnam", "Caisse nationale de l'assurance maladie")));
        assertEquals(modified, literal(storedGraph(cnam.iri()), RecordProvenance.recordNode(cnam.iri()), DCTerms.modified.asNode()));
        assertTrue(stored.contains(RecordProvenance.recordNode(cnam.iri()), RDF.type.asNode(), DCAT.CatalogRecord.asNode()));
        assertTrue(stored.contains(RecordProvenance.recordNode(cnam.iri()),
                fr.hdh.catalog.ontologies.PROV.wasAttributedTo.asNode(), NodeFactory.createURI(BASE + "agent/tester")));
    }

    @Test
    void changedContentReplacesTheRecordAndKeepsItsIssueDate() {
        CatalogRecord first = producer("atih", "ATIH");
        catalog.records().put(first);
        String issued = literal(storedGraph(first.iri()), RecordProvenance.recordNode(first.iri()), DCTerms.issued.asNode());

        assertEquals(Change.CHANGED, catalog.records().put(producer("atih", "Agence technique de l'information sur l'hospitalisation")));

        Graph content = catalog.records().content(first.iri()).orElseThrow();
        assertEquals(1, content.find(first.node(), FOAF.name.asNode(), Node.ANY).toList().size(), "old name replaced, not added");
        assertEquals(issued, literal(storedGraph(first.iri()), RecordProvenance.recordNode(first.iri()), DCTerms.issued.asNode()));
    }

    @Test
    void aBatchWithOneInvalidRecordIsRefusedWholeAndNamesTheProblem() {
        CatalogRecord good = producer("drees", "DREES");
        Graph noTitle = GraphFactory.createDefaultGraph();
        Node dataset = NodeFactory.createURI(BASE + "dataset/untitled");
        noTitle.add(dataset, RDF.type.asNode(), DCAT.Dataset.asNode());
        CatalogRecord bad = new CatalogRecord(dataset.getURI(), RecordKind.DATASET, noTitle, SOURCE);

        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> catalog.records().putAll(List.of(good, bad), fr.hdh.catalog.core.Progress.NONE));

        assertTrue(e.getMessage().contains("dct:title"), e.getMessage());
        assertEquals(1, e.reports().size());
        assertTrue(catalog.records().content(good.iri()).isEmpty(), "the valid record of the batch was not written either");
        assertEquals(0, catalog.stats().records());
    }

    @Test
    void withdrawKeepsTheRecordAndMarksIt() {
        CatalogRecord abm = producer("abm", "Agence de la biomédecine");
        catalog.records().put(abm);

        assertEquals(Change.WITHDRAWN, catalog.records().withdraw(abm.iri(), SOURCE));

        Graph stored = storedGraph(abm.iri());
        assertTrue(RecordProvenance.withdrawn(abm.iri(), stored));
        assertTrue(stored.contains(abm.node(), FOAF.name.asNode(), Node.ANY), "content is kept");
        assertEquals(Change.UNCHANGED, catalog.records().withdraw(abm.iri(), SOURCE));
        assertEquals(Change.CHANGED, catalog.records().put(abm), "putting it again brings it back");
        assertFalse(RecordProvenance.withdrawn(abm.iri(), storedGraph(abm.iri())));
    }

    @Test
    void listenersHearOnlyOfRecordsReallyWritten() {
        List<String> heard = new ArrayList<>();
        catalog.records().onCommit(committed -> committed.forEach(c -> heard.add(c.iri())));
        catalog.records().put(producer("spf", "Santé publique France"));
        catalog.records().put(producer("spf", "Santé publique France"));
        assertEquals(List.of(BASE + "producer/spf"), heard);
    }

    @Test
    void aReopenedStoreKeepsEverything() {
        catalog.records().put(producer("cnsa", "CNSA"));
        catalog.close();
        catalog = Catalog.open(CatalogConfig.onDisk(dir, BASE), ReferenceLookup.NONE);
        assertEquals(1, catalog.stats().records());
        assertEquals(Change.UNCHANGED, catalog.records().put(producer("cnsa", "CNSA")));
    }

    private Graph storedGraph(String iri) {
        return catalog.store().read(() -> catalog.store().recordGraph(iri).orElseThrow());
    }

    private static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    static CatalogRecord producer(String id, String name) {
        Graph g = GraphFactory.createDefaultGraph();
        Node org = NodeFactory.createURI(BASE + "producer/" + id);
        g.add(org, RDF.type.asNode(), FOAF.Organization.asNode());
        g.add(org, RDF.type.asNode(), FOAF.Agent.asNode());
        g.add(org, FOAF.name.asNode(), NodeFactory.createLiteralLang(name, "fr"));
        return new CatalogRecord(org.getURI(), RecordKind.PRODUCER, g, SOURCE);
    }
}

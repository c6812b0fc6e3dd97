package fr.hdh.catalog.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link DatasetWorkflow#latestVersions}: one entry per record, its latest version, by record IRI. */
class DatasetWorkflowLatestVersionsTest {
    private Catalog catalog;
    private DatasetWorkflow workflow;

    @BeforeEach
    void open() throws Exception {
        catalog = Catalog.open(CatalogConfig.inMemory(DatasetWorkflowTest.BASE), ReferenceLookup.NONE);
        catalog.records().putAll(DatasetWorkflowTest.read("producers.ttl"), Progress.NONE);
        workflow = catalog.workflow();
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void eachRecordOnceWithItsLatestVersionAndState() throws Exception {
        assertEquals(List.of(), workflow.latestVersions(), "no record yet");
        CatalogRecord first = DatasetWorkflowTest.dataset();
        workflow.create(first, DatasetWorkflowTest.PRODUCER, Optional.empty());
        workflow.update(first.iri(), first, 1, DatasetWorkflowTest.PRODUCER, Optional.of("again"));
        workflow.submit(first.iri(), DatasetWorkflowTest.PRODUCER);
        CatalogRecord second = renamed(first, DatasetWorkflowTest.BASE + "dataset/a-second-one");
        workflow.create(second, DatasetWorkflowTest.PRODUCER, Optional.empty());

        List<RecordVersion> latest = workflow.latestVersions();
        assertEquals(List.of(second.iri(), first.iri()), latest.stream().map(RecordVersion::recordIri).toList(), "by IRI");
        assertEquals(List.of(1, 2), latest.stream().map(RecordVersion::number).toList());
        assertEquals(List.of(VersionState.DRAFT, VersionState.SUBMITTED), latest.stream().map(RecordVersion::state).toList());
    }

    /** The record's content under another IRI. */
    private static CatalogRecord renamed(CatalogRecord record, String iri) {
        Graph g = GraphFactory.createDefaultGraph();
        var from = NodeFactory.createURI(record.iri());
        var to = NodeFactory.createURI(iri);
        record.content().find().forEachRemaining(t -> g.add(t.getSubject().equals(from) ? to : t.getSubject(), t.getPredicate(),
                t.getObject().equals(from) ? to : t.getObject()));
        return new CatalogRecord(iri, RecordKind.DATASET, g, record.source());
    }
}

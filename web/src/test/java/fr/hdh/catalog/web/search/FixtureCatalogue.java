package fr.hdh.catalog.web.search;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.record.ContentHash;
import fr.hdh.catalog.core.record.RecordProvenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Test fixture: the small catalogue of {@code search/mini-catalogue.trig} written straight into a
 * catalogue's store with provenance (validation is not what these tests are about), then handed to the
 * search service as the record service's commit listener would.
 */
final class FixtureCatalogue {
    static final String BASE = "http://test.example/";
    static final String PMSI = BASE + "dataset/pmsi-mco";
    static final String DGN_PAL = PMSI + "/table/T_MCOaaB/variable/DGN_PAL";

    private FixtureCatalogue() {}

    static void loadInto(Catalog catalog) {
        DatasetGraph fixture = DatasetGraphFactory.create();
        try (InputStream in = FixtureCatalogue.class.getResourceAsStream("/search/mini-catalogue.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> iris = new ArrayList<>();
        fixture.listGraphNodes().forEachRemaining(n -> iris.add(n.getURI()));
        DatasetGraph stored = DatasetGraphFactory.create();
        for (String iri : iris) {
            Graph content = fixture.getGraph(NodeFactory.createURI(iri));
            Graph g = GraphFactory.createDefaultGraph();
            content.find().forEachRemaining(g::add);
            RecordProvenance.add(g, iri, new RecordSource("urn:test", "tester"), NodeFactory.createURI(BASE + "agent/tester"),
                    ContentHash.of(content), Instant.EPOCH, Instant.EPOCH, RecordProvenance.STATUS_COMPLETED);
            stored.addGraph(NodeFactory.createURI(iri), g);
        }
        catalog.records().restore(stored, fr.hdh.catalog.core.Progress.NONE);
        catalog.search().synchronize(fr.hdh.catalog.core.Progress.NONE);
    }
}

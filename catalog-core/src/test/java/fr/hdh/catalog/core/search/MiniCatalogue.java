package fr.hdh.catalog.core.search;

import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.record.ContentHash;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.store.StoreWriter;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Test fixture: writes the records of {@code search/mini-catalogue.trig} into a store, with the
 * provenance the record service would add, bypassing validation (the search tests are about search).
 */
final class MiniCatalogue {
    static final String BASE = "http://test.example/";
    static final String PMSI = BASE + "dataset/pmsi-mco";
    static final String UROCCR = BASE + "dataset/uroccr";
    static final String TABLE = PMSI + "/table/T_MCOaaB";
    static final String DGN_PAL = TABLE + "/variable/DGN_PAL";
    static final String SEJ_NBJ = TABLE + "/variable/SEJ_NBJ";
    static final String BEN_NAI_ANN = TABLE + "/variable/BEN_NAI_ANN";
    static final String CIM = BASE + "vocabulary/snds/MS_CIM_V";
    static final String ATIH = BASE + "producer/atih";
    static final String RESTRICTED = "http://publications.europa.eu/resource/authority/access-right/RESTRICTED";
    static final String NON_PUBLIC = "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC";
    private static final RecordSource SOURCE = new RecordSource("urn:test", "tester");

    private MiniCatalogue() {}

    /** Writes every record of the fixture; returns their IRIs. */
    static List<String> writeInto(CatalogStore store, StoreWriter writer) {
        DatasetGraph fixture = DatasetGraphFactory.create();
        try (InputStream in = MiniCatalogue.class.getResourceAsStream("/search/mini-catalogue.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(fixture);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> iris = new ArrayList<>();
        fixture.listGraphNodes().forEachRemaining(n -> iris.add(n.getURI()));
        for (String iri : iris) {
            write(writer, iri, fixture.getGraph(NodeFactory.createURI(iri)));
        }
        return iris;
    }

    /** Writes one record graph with its provenance, as the record service would. */
    static void write(StoreWriter writer, String iri, Graph content) {
        Graph g = GraphFactory.createDefaultGraph();
        content.find().forEachRemaining(g::add);
        Node agent = NodeFactory.createURI(BASE + "agent/tester");
        RecordProvenance.add(g, iri, SOURCE, agent, ContentHash.of(content), Instant.EPOCH, Instant.EPOCH,
                RecordProvenance.STATUS_COMPLETED);
        writer.write(() -> writer.replaceRecordGraph(iri, g));
    }

    /** Marks a stored record withdrawn, as the record service would. */
    static void withdraw(CatalogStore store, StoreWriter writer, String iri) {
        writer.write(() -> {
            Graph stored = store.recordGraph(iri).orElseThrow();
            Graph content = RecordProvenance.content(iri, stored);
            RecordProvenance.add(content, iri, SOURCE, NodeFactory.createURI(BASE + "agent/tester"),
                    ContentHash.of(content), Instant.EPOCH, Instant.EPOCH, RecordProvenance.STATUS_WITHDRAWN);
            writer.replaceRecordGraph(iri, content);
        });
    }
}

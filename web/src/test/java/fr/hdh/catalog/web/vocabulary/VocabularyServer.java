package fr.hdh.catalog.web.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.vocab.mapping.MappingSets;
import fr.hdh.catalog.vocab.mapping.SssomTsvReader;
import fr.hdh.catalog.web.ServedCatalog;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.search.SearchWebModule;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The server the vocabulary tests run against: an in-memory catalogue under {@value #BASE} holding a slice
 * of the CIM-10 list MS_CIM_V (I21 above I210, C64), the PMSI MCO dataset's DGN_PAL coded with it, and an
 * SSSOM set mapping I21 to SNOMED CT, a small list with an ended code, the list and the set written through the writer; served on port 0 with the
 * dereferencing of IRIs, search and the vocabulary module.
 */
final class VocabularyServer implements AutoCloseable {
    static final String BASE = "http://test.example/";
    static final String SCHEME = BASE + "vocabulary/snds/MS_CIM_V";
    static final String I21 = SCHEME + "/I21";
    /** A small code list with an ended code, U, kept and marked deprecated, and its replacement UN. */
    static final String SEXE = BASE + "vocabulary/fhir/sexe";
    static final String I210 = SCHEME + "/I210";
    static final String DGN_PAL = BASE + "dataset/pmsi-mco/table/T_MCOaaB/variable/DGN_PAL";
    static final String SET = BASE + "mapping-set/cim10-snomed";

    final Catalog catalog;
    private final ServedCatalog served;

    private VocabularyServer(ServedCatalog served) {
        this.served = served;
        this.catalog = served.catalog();
    }

    static VocabularyServer start() {
        Catalog catalog = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE);
        RecordSource source = new RecordSource("urn:test:vocabulary", "tester");
        restore(catalog, BASE + "dataset/pmsi-mco", turtle("/vocabulary/pmsi-mco.ttl"), source);
        catalog.records().put(new CatalogRecord(SCHEME, RecordKind.VOCABULARY, turtle("/vocabulary/ms-cim-v.ttl"), source));
        catalog.records().put(new CatalogRecord(SEXE, RecordKind.VOCABULARY, turtle("/vocabulary/sexe.ttl"), source));
        new MappingSets(catalog).put(SssomTsvReader.read("cim10-snomed.sssom.tsv", resource("/vocabulary/cim10-snomed.sssom.tsv")),
                source);
        return new VocabularyServer(ServedCatalog.start(catalog,
                c -> List.of(new DcatWebModule(c), new SearchWebModule(c), new VocabularyWebModule(c))));
    }

    /**
     * The dataset, cut down to one variable, is far from a valid DCAT-AP record: it is loaded as the search
     * tests load their fixture, straight into the store with its provenance, before anything else is written.
     */
    private static void restore(Catalog catalog, String iri, org.apache.jena.graph.Graph content, RecordSource source) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        content.find().forEachRemaining(g::add);
        fr.hdh.catalog.core.record.RecordProvenance.add(g, iri, source, org.apache.jena.graph.NodeFactory.createURI(BASE + "agent/tester"),
                fr.hdh.catalog.core.record.ContentHash.of(content), java.time.Instant.EPOCH, java.time.Instant.EPOCH,
                fr.hdh.catalog.core.record.RecordProvenance.STATUS_COMPLETED);
        org.apache.jena.sparql.core.DatasetGraph stored = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        stored.addGraph(org.apache.jena.graph.NodeFactory.createURI(iri), g);
        catalog.records().restore(stored, fr.hdh.catalog.core.Progress.NONE);
        catalog.search().synchronize(fr.hdh.catalog.core.Progress.NONE);
    }

    @Override
    public void close() {
        served.close();
    }

    HttpResponse<String> get(String path, String accept) {
        return served.send("GET", path, accept == null ? Map.of() : Map.of("Accept", accept), null);
    }

    static JsonNode json(HttpResponse<String> r) {
        return ServedCatalog.json(r);
    }

    private static org.apache.jena.graph.Graph turtle(String path) {
        return RDFParser.fromString(resource(path), Lang.TURTLE).toGraph();
    }

    static String resource(String path) {
        return ServedCatalog.resourceText(path);
    }
}

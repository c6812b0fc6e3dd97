package fr.hdh.catalog.web.dcat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Writes a graph in one of the RDF representations. JSON-LD is compacted with the published context
 * (Jena 5's JSON-LD 1.1 writer only writes the expanded form), the context embedded so a harvester
 * needs no second fetch.
 */
final class GraphWriter {
    private final JsonLdContext context;

    GraphWriter(JsonLdContext context) {
        this.context = context;
    }

    void write(Graph graph, RdfVariant variant, OutputStream out) {
        switch (variant) {
            case TURTLE -> RDFDataMgr.write(out, graph, RDFFormat.TURTLE_BLOCKS);
            case N_TRIPLES -> RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES_UTF8);
            case RDF_XML -> RDFDataMgr.write(out, graph, RDFFormat.RDFXML_PLAIN);
            case JSON_LD -> writeJsonLd(graph, out);
            case HTML -> throw new IllegalArgumentException("HTML is rendered by the page package");
        }
    }

    private void writeJsonLd(Graph graph, OutputStream out) {
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(graph)))).get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context.document())).get();
            try (JsonWriter writer = Json.createWriterFactory(Map.of()).createWriter(out)) {
                writer.write(compacted);
            }
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }
}

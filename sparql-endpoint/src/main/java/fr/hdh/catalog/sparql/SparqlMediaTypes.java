package fr.hdh.catalog.sparql;

import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * The media types the public endpoint answers in: SPARQL results (JSON, XML, CSV, TSV) for SELECT and
 * ASK, RDF syntaxes for CONSTRUCT and DESCRIBE. A request whose {@code Accept} matches none of them
 * gets a 406 naming these.
 */
final class SparqlMediaTypes {
    static final List<String> RESULTS = List.of(
            "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
            "text/tab-separated-values", "application/json", "application/xml");
    static final List<String> RDF = List.of(
            "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples",
            "application/n-quads", "application/trig", "text/plain");

    private static final AcceptList OFFERED = AcceptList.create(
            java.util.stream.Stream.concat(RESULTS.stream(), RDF.stream()).toArray(String[]::new));

    private SparqlMediaTypes() {}

    /** True when the {@code Accept} header (absent counts as anything) matches something we answer in. */
    static boolean acceptable(String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return true;
        }
        try {
            MediaType match = AcceptList.match(new AcceptList(acceptHeader), OFFERED);
            return match != null;
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** The list for a 406 body. */
    static String supportedList() {
        return "SELECT and ASK: " + String.join(", ", RESULTS) + "; CONSTRUCT and DESCRIBE: " + String.join(", ", RDF);
    }
}

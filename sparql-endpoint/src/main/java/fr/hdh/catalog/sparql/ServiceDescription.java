package fr.hdh.catalog.sparql;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL 1.1 Service Description of the public endpoint, answered to a bare {@code GET /sparql}:
 * query language, result formats, the union default graph, the protections in force, and a link to
 * the VoID description of the dataset.
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "JSON-LD", "RDF_XML", "N-Triples", "N-Quads", "TriG"};

    private final SparqlSettings settings;

    ServiceDescription(SparqlSettings settings) {
        this.settings = settings;
    }

    /** The description of the endpoint answering at {@code endpoint}; VoID lives at {@code voidIri}. */
    Graph graph(String endpoint, String voidIri) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("void", VoidDescription.VOID)
                .setNsPrefix("formats", FORMATS).setNsPrefix("dct", DCTerms.NS);
        Node service = NodeFactory.createURI(endpoint);
        g.add(service, RDF.type.asNode(), sd("Service"));
        g.add(service, sd("endpoint"), service);
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        for (String format : RESULT_FORMATS) {
            g.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + format));
        }
        g.add(service, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Read-only SPARQL 1.1 endpoint of the health data catalogue. Queries stop after "
                        + settings.queryTimeout().toMillis() + " ms; at most " + settings.resultCap()
                        + " solutions are returned (header " + PublicQueryProcessor.CAP_HEADER + " when applied).", "en"));
        Node dataset = NodeFactory.createURI(voidIri + "#dataset");
        g.add(service, sd("defaultDataset"), dataset);
        g.add(dataset, RDF.type.asNode(), sd("Dataset"));
        g.add(dataset, RDF.type.asNode(), NodeFactory.createURI(VoidDescription.VOID + "Dataset"));
        g.add(dataset, DCTerms.source.asNode(), NodeFactory.createURI(voidIri));
        return g;
    }

    void write(String endpoint, String voidIri, OutputStream out) {
        RDFDataMgr.write(out, graph(endpoint, voidIri), RDFFormat.TURTLE_PRETTY);
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }
}

package fr.hdh.catalog.sparql;

import fr.hdh.catalog.ontologies.NamedQuery;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The VoID description of what the endpoint serves: its SPARQL endpoint, how many triples, and one
 * class partition per class with its number of resources. Counted from the store on each request, in
 * one read transaction, so it never drifts from the data.
 */
final class VoidDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final String[] VOCABULARIES = {
        "http://www.w3.org/ns/dcat#", "http://purl.org/dc/terms/", "http://www.w3.org/ns/csvw#",
        "http://www.w3.org/2004/02/skos/core#", "http://xmlns.com/foaf/0.1/", "http://healthdataportal.eu/ns/health#",
        "http://data.europa.eu/r5r/", "https://w3id.org/hdh-catalog/ns#"};

    private final DatasetGraph dataset;

    VoidDescription(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The description published at {@code voidIri}, of the data behind {@code endpoint}. */
    Graph graph(String voidIri, String endpoint) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dct", DCTerms.NS);
        Node ds = NodeFactory.createURI(voidIri + "#dataset");
        g.add(ds, RDF.type.asNode(), voidTerm("Dataset"));
        g.add(ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Health data catalogue knowledge graph", "en"));
        g.add(ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Graphe de connaissances du catalogue de données de santé", "fr"));
        g.add(ds, voidTerm("sparqlEndpoint"), NodeFactory.createURI(endpoint));
        for (String vocabulary : VOCABULARIES) {
            g.add(ds, voidTerm("vocabulary"), NodeFactory.createURI(vocabulary));
        }
        Txn.executeRead(dataset, () -> {
            g.add(ds, voidTerm("triples"), integer(tripleCount()));
            addClassPartitions(g, ds);
        });
        return g;
    }

    private long tripleCount() {
        try (QueryExec exec = QueryExec.dataset(dataset).query(NamedQuery.TRIPLE_COUNT.query()).build()) {
            return ((Number) exec.select().next().get("triples").getLiteralValue()).longValue();
        }
    }

    private void addClassPartitions(Graph g, Node ds) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(NamedQuery.CLASS_COUNTS.query()).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> {
                if (row.get("class").isURI()) {
                    Node partition = NodeFactory.createBlankNode();
                    g.add(ds, voidTerm("classPartition"), partition);
                    g.add(partition, voidTerm("class"), row.get("class"));
                    g.add(partition, voidTerm("entities"), integer(((Number) row.get("count").getLiteralValue()).longValue()));
                }
            });
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node voidTerm(String local) {
        return NodeFactory.createURI(VOID + local);
    }
}

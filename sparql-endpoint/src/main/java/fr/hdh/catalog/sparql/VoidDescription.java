package fr.hdh.catalog.sparql;

import fr.hdh.catalog.ontologies.NamedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
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
 * class partition per class with its number of resources. Counted from the store in one read
 * transaction, and counted again only once the data version has moved (a count scans every triple:
 * about a second on the demo content, not to be paid by every anonymous request).
 */
final class VoidDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final String[] VOCABULARIES = {
        "http://www.w3.org/ns/dcat#", "http://purl.org/dc/terms/", "http://www.w3.org/ns/csvw#",
        "http://www.w3.org/2004/02/skos/core#", "http://xmlns.com/foaf/0.1/", "http://healthdataportal.eu/ns/health#",
        "http://data.europa.eu/r5r/", "https://w3id.org/hdh-catalog/ns#"};

    private final DatasetGraph dataset;
    private final LongSupplier dataVersion;
    private final AtomicReference<Counted> counted = new AtomicReference<>();

    /** {@code dataVersion}: changes whenever the data does (see {@code CatalogStore.version()}). */
    VoidDescription(DatasetGraph dataset, LongSupplier dataVersion) {
        this.dataset = dataset;
        this.dataVersion = dataVersion;
    }

    /** The counts, and the data version they were counted at. */
    private record Counted(long version, long triples, List<Node[]> classes) {}

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
        Counted counts = counts();
        g.add(ds, voidTerm("triples"), integer(counts.triples()));
        for (Node[] classCount : counts.classes()) {
            Node partition = NodeFactory.createBlankNode();
            g.add(ds, voidTerm("classPartition"), partition);
            g.add(partition, voidTerm("class"), classCount[0]);
            g.add(partition, voidTerm("entities"), classCount[1]);
        }
        return g;
    }

    /** The counts at the current data version: remembered, or counted now. */
    private Counted counts() {
        long version = dataVersion.getAsLong();
        Counted known = counted.get();
        if (known != null && known.version() == version) {
            return known;
        }
        Counted fresh = Txn.calculateRead(dataset, () -> new Counted(version, tripleCount(), classCounts()));
        counted.set(fresh);
        return fresh;
    }

    private long tripleCount() {
        try (QueryExec exec = QueryExec.dataset(dataset).query(NamedQuery.TRIPLE_COUNT.query()).build()) {
            return ((Number) exec.select().next().get("triples").getLiteralValue()).longValue();
        }
    }

    /** Each class (an IRI) and its number of resources, as {class, count literal}. */
    private List<Node[]> classCounts() {
        List<Node[]> classes = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(NamedQuery.CLASS_COUNTS.query()).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> {
                if (row.get("class").isURI()) {
                    classes.add(new Node[] {row.get("class"),
                            integer(((Number) row.get("count").getLiteralValue()).longValue())});
                }
            });
        }
        return classes;
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node voidTerm(String local) {
        return NodeFactory.createURI(VOID + local);
    }
}

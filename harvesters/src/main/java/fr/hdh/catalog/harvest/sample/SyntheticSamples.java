package fr.hdh.catalog.harvest.sample;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.ontologies.ADMS;
import fr.hdh.catalog.ontologies.CSVW;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;

/**
 * Publishes synthetic samples: a dataset record with a variable dictionary and no sample of its own
 * gets one {@code adms:sample} distribution per table, downloaded as CSV from the server's
 * {@code /api/sample} endpoint (100 rows, seed 1, so the same link always gives the same file).
 *
 * <pre>
 * CatalogRecord withSamples = new SyntheticSamples(catalog.iris()).addTo(datasetRecord);
 * catalog.records().put(withSamples);
 * </pre>
 */
public final class SyntheticSamples {
    static {
        JenaSystem.init();
    }

    /** The rows and seed of the published download links. */
    public static final int ROWS = 100;
    public static final long SEED = 1L;

    private final CatalogIris iris;

    public SyntheticSamples(CatalogIris iris) {
        this.iris = iris;
    }

    /** The download link of a table's synthetic sample on this catalogue's server. */
    public String downloadUrl(String tableIri) {
        return iris.base() + "api/sample?table=" + URLEncoder.encode(tableIri, StandardCharsets.UTF_8)
                + "&rows=" + ROWS + "&seed=" + SEED;
    }

    /**
     * The record with a synthetic sample per table, or the record unchanged when it has no variable
     * dictionary or already has a sample (an open sample from the source is worth more than ours).
     */
    public CatalogRecord addTo(CatalogRecord dataset) {
        Graph content = dataset.content();
        Node node = dataset.node();
        if (content.contains(node, ADMS.sample.asNode(), Node.ANY)) {
            return dataset;
        }
        List<Node> tables = tables(content, node);
        if (tables.isEmpty()) {
            return dataset;
        }
        Graph g = GraphFactory.createDefaultGraph();
        content.find().forEachRemaining(g::add);
        for (Node table : tables) {
            String name = content.find(table, CSVW.name.asNode(), Node.ANY).nextOptional()
                    .map(t -> t.getObject().getLiteralLexicalForm()).orElse(table.getURI());
            SampleDistributions.syntheticSample(g, node, NodeFactory.createURI(table.getURI() + "/synthetic-sample"),
                    name, downloadUrl(table.getURI()));
        }
        return new CatalogRecord(dataset.iri(), dataset.kind(), g, dataset.source());
    }

    private static List<Node> tables(Graph content, Node dataset) {
        List<Node> tables = new ArrayList<>();
        content.find(dataset, HealthDCATAP.hasVariables.asNode(), Node.ANY).forEachRemaining(group ->
                content.find(group.getObject(), CSVW.table.asNode(), Node.ANY)
                        .forEachRemaining(t -> tables.add(t.getObject())));
        tables.sort(Comparator.comparing(Node::getURI));
        return tables;
    }
}

package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.ontologies.HDH;
import fr.hdh.catalog.ontologies.NamedQuery;
import fr.hdh.catalog.web.page.DatasetQuality;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Reads a dataset's quality measurements from the store (the named query {@code dataset-quality.rq},
 * the dataset bound as a parameter): empty when no quality graph measured it.
 */
final class StoredQuality {
    private static final Query QUERY = NamedQuery.parse("dataset-quality.rq");
    private static final Node TOTAL = NodeFactory.createURI(HDH.NS + "mqaScore");

    private final CatalogStore store;

    StoredQuality(CatalogStore store) {
        this.store = store;
    }

    Optional<DatasetQuality> of(String datasetIri) {
        return store.read(() -> {
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(QUERY.cloneQuery())
                    .substitution("dataset", NodeFactory.createURI(datasetIri)).build()) {
                return read(exec.select());
            }
        });
    }

    /** The measurements of the first quality graph in the rows (one graph measures a dataset, as a rule). */
    private static Optional<DatasetQuality> read(RowSet rows) {
        Node graph = null;
        Integer score = null;
        int maxScore = 0;
        Optional<String> run = Optional.empty();
        List<DatasetQuality.Indicator> indicators = new ArrayList<>();
        while (rows.hasNext()) {
            Binding row = rows.next();
            if (graph == null) {
                graph = row.get("graph");
            } else if (!graph.equals(row.get("graph"))) {
                break;
            }
            int value = integer(row.get("value"));
            int max = integer(row.get("max"));
            if (TOTAL.equals(row.get("metric"))) {
                score = value;
                maxScore = max;
                run = Optional.ofNullable(row.get("run")).filter(Node::isURI).map(Node::getURI);
            } else {
                indicators.add(new DatasetQuality.Indicator(text(row, "metricFr", row.get("metric")),
                        text(row, "metricEn", row.get("metric")), text(row, "dimensionFr", row.get("dimension")),
                        text(row, "dimensionEn", row.get("dimension")), value, max));
            }
        }
        return score == null ? Optional.empty() : Optional.of(new DatasetQuality(score, maxScore, run, indicators));
    }

    private static int integer(Node literal) {
        if (literal == null || !literal.isLiteral()) {
            return 0;
        }
        try {
            return Integer.parseInt(literal.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The label bound to {@code var}, else the local name of {@code fallback}, else "". */
    private static String text(Binding row, String var, Node fallback) {
        Node label = row.get(var);
        if (label != null && label.isLiteral()) {
            return label.getLiteralLexicalForm();
        }
        if (fallback != null && fallback.isURI()) {
            String iri = fallback.getURI();
            return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        }
        return "";
    }
}

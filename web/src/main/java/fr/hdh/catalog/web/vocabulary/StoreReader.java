package fr.hdh.catalog.web.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/** Runs the named queries over the store, values bound; the caller holds the read transaction. */
final class StoreReader {
    private final DatasetGraph dataset;

    StoreReader(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The rows of {@code query} with {@code bound} substituted. */
    List<Binding> select(VocabularyQuery query, Map<String, Node> bound) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = builder(query, bound).build()) {
            exec.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The graph {@code query} (a CONSTRUCT) builds with {@code bound} substituted. */
    Graph construct(VocabularyQuery query, Map<String, Node> bound) {
        try (QueryExec exec = builder(query, bound).build()) {
            return exec.construct();
        }
    }

    private QueryExecBuilder builder(VocabularyQuery query, Map<String, Node> bound) {
        QueryExecBuilder b = QueryExec.dataset(dataset).query(query.query());
        bound.forEach(b::substitution);
        return b;
    }

    /** The text of {@code var} in {@code row}: a literal's lexical form, an IRI; empty when unbound. */
    static String text(Binding row, String var) {
        Node n = row.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : "";
    }
}

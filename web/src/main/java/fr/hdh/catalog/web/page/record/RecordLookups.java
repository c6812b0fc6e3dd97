package fr.hdh.catalog.web.page.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.SKOS;

/**
 * What a page needs from records other than the one describing its resource, each by a named query
 * with its values bound: a variable's mappings and namesakes, a producer's datasets, a code list's
 * first codes. Call inside a read transaction.
 */
final class RecordLookups {
    /** Codes a variable's page shows inline. */
    static final int CODES_SHOWN = 20;

    /** A mapping as stored: predicate, target, the target's label and the review status (null when absent). */
    record Mapping(Node predicate, Node target, Node targetLabel, Node status) {}

    /** A variable of the same name: the variable, its table, the table's name and the dataset (null when absent). */
    record Namesake(Node column, Node table, Node tableName, Node dataset) {}

    /** A producer's dataset and the size of its dictionary. */
    record ProducerDataset(Node dataset, long tables, long variables) {}

    private final DatasetGraph store;

    private final CodePreviews previews;
    private final long version;

    /** Look-ups whose code-list previews are kept in {@code previews} while the store is at {@code version}. */
    RecordLookups(DatasetGraph store, CodePreviews previews, long version) {
        this.store = store;
        this.previews = previews;
        this.version = version;
    }

    /** The first {@value #CODES_SHOWN} codes of the list by notation (one more when there are more) and its size. */
    CodePreviews.Preview codePreview(Node scheme) {
        return previews.of(scheme, version, s -> new CodePreviews.Preview(codes(s), codeCount(s)));
    }

    List<Mapping> mappings(Node subject) {
        return select(RecordQuery.MAPPINGS, Map.of("subject", subject),
                b -> new Mapping(b.get("predicate"), b.get("target"), b.get("targetLabel"), b.get("status")));
    }

    List<Namesake> namesakes(Node name, Node self) {
        return select(RecordQuery.ALSO_IN, Map.of("name", name, "self", self),
                b -> new Namesake(b.get("column"), b.get("table"), b.get("tableName"), b.get("dataset")));
    }

    List<ProducerDataset> datasets(Node producer) {
        return select(RecordQuery.PRODUCER_DATASETS, Map.of("producer", producer),
                b -> new ProducerDataset(b.get("dataset"), number(b.get("tables")), number(b.get("variables"))));
    }

    /** The first {@value #CODES_SHOWN} codes of the list by notation, and one more when there are more. */
    private List<Node> codes(Node scheme) {
        if (store.containsGraph(scheme)) {
            // In the list's own graph: one scan of its notations and a sort in memory (CIM-10: milliseconds, where
            // the query's join and ORDER BY over the 19,000 codes took 0.2–0.4 s).
            Node inScheme = SKOS.inScheme.asNode();
            List<Triple> notations = new ArrayList<>();
            store.find(scheme, Node.ANY, SKOS.notation.asNode(), Node.ANY).forEachRemaining(q -> notations.add(q.asTriple()));
            notations.sort(Comparator.comparing((Triple t) -> t.getObject().getLiteralLexicalForm())
                    .thenComparing(t -> t.getSubject().toString()));
            List<Node> first = new ArrayList<>();
            for (Triple t : notations) {
                if (first.size() > CODES_SHOWN) {
                    break;
                }
                if (store.contains(scheme, t.getSubject(), inScheme, scheme) && !first.contains(t.getSubject())) {
                    first.add(t.getSubject());
                }
            }
            if (!first.isEmpty()) {
                return first;
            }
        }
        return select(RecordQuery.CODES_ANYWHERE, Map.of("scheme", scheme), b -> b.get("concept"));
    }

    private long codeCount(Node scheme) {
        if (store.containsGraph(scheme)) {
            long own = store.stream(scheme, Node.ANY, SKOS.inScheme.asNode(), scheme).map(q -> q.getSubject()).distinct().count();
            if (own > 0) {
                return own;
            }
        }
        return select(RecordQuery.CODE_COUNT, Map.of("scheme", scheme), b -> number(b.get("codes"))).stream()
                .findFirst().orElse(0L);
    }

    private <T> List<T> select(RecordQuery query, Map<String, Node> values, Function<Binding, T> row) {
        var builder = QueryExec.dataset(store).query(query.query());
        values.forEach(builder::substitution);
        List<T> rows = new ArrayList<>();
        try (QueryExec exec = builder.build()) {
            exec.select().forEachRemaining(b -> rows.add(row.apply(b)));
        }
        return rows;
    }

    private static long number(Node n) {
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }
}

package fr.hdh.catalog.core.indicators;

import fr.hdh.catalog.core.store.CatalogStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Computes the indicators on the public store, on every call and in one read transaction: what the
 * writer has committed counts at once (see the package documentation).
 */
public final class Indicators {
    private static final Var VALUE = Var.alloc("value");
    private static final Var SINCE = Var.alloc("since");
    private static final Var HUB = Var.alloc("hub");

    private final CatalogStore store;
    private final List<Indicator> definitions;
    private final Node hub;
    private final Clock clock;

    /**
     * @param hubIri the IRI of the hub's producer record (bound as {@code ?hub})
     * @param clock what "the last twelve months" are counted from
     */
    public Indicators(CatalogStore store, List<Indicator> definitions, String hubIri, Clock clock) {
        this.store = store;
        this.definitions = List.copyOf(definitions);
        this.hub = NodeFactory.createURI(hubIri);
        this.clock = clock;
    }

    public List<Indicator> definitions() {
        return definitions;
    }

    /** Every indicator, computed now, in the definitions' order. */
    public List<IndicatorResult> all() {
        Binding bound = bindings();
        return store.read(() -> definitions.stream().map(i -> compute(i, bound)).toList());
    }

    /** The indicator {@code id} computed now; empty when no indicator has that id. */
    public Optional<IndicatorResult> one(String id) {
        Optional<Indicator> indicator = definitions.stream().filter(i -> i.id().equals(id)).findFirst();
        Binding bound = bindings();
        return indicator.map(i -> store.read(() -> compute(i, bound)));
    }

    private IndicatorResult compute(Indicator indicator, Binding bound) {
        Optional<BigDecimal> value;
        try (QueryExec exec = exec(indicator.query(), bound)) {
            RowSet rows = exec.select();
            value = rows.hasNext() ? Optional.ofNullable(rows.next().get(VALUE)).map(Indicators::number) : Optional.empty();
        }
        IndicatorResult.Breakdown breakdown = indicator.breakdown().map(q -> breakdown(q, bound))
                .orElse(IndicatorResult.Breakdown.NONE);
        return new IndicatorResult(indicator, value, breakdown);
    }

    private IndicatorResult.Breakdown breakdown(IndicatorQuery query, Binding bound) {
        try (QueryExec exec = exec(query, bound)) {
            RowSet rows = exec.select();
            List<Var> vars = rows.getResultVars();
            List<List<String>> table = new ArrayList<>();
            rows.forEachRemaining(row -> table.add(vars.stream().map(v -> cell(row.get(v))).toList()));
            return new IndicatorResult.Breakdown(vars.stream().map(Var::getVarName).toList(), table);
        }
    }

    private QueryExec exec(IndicatorQuery query, Binding bound) {
        return QueryExec.dataset(store.datasetGraph()).query(query.copy()).substitution(bound).build();
    }

    /** The values every query may use: {@code ?since}, twelve months before now, and {@code ?hub}. */
    private Binding bindings() {
        String since = clock.instant().atZone(ZoneOffset.UTC).minusMonths(12).toInstant().toString();
        return BindingFactory.binding(BindingFactory.binding(SINCE, NodeFactory.createLiteralDT(since, XSDDatatype.XSDdateTime)),
                HUB, hub);
    }

    private static BigDecimal number(Node node) {
        NodeValue v = NodeValue.makeNode(node);
        if (!v.isNumber()) {
            throw new IllegalStateException("An indicator's ?value must be a number, not " + node);
        }
        BigDecimal d = v.getDecimal().stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static String cell(Node node) {
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}

package fr.hdh.catalog.sparql.search;

import fr.hdh.catalog.core.search.InvalidQueryException;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.SearchIndex.ScoredItem;
import fr.hdh.catalog.core.search.SearchService;
import fr.hdh.catalog.ontologies.HDH;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.logging.Log;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.util.Symbol;

/**
 * {@code hdh:search}: the catalogue's search inside SPARQL, so hits can be joined with graph patterns.
 *
 * <pre>
 * PREFIX hdh: &lt;https://w3id.org/hdh-catalog/ns#&gt;
 * SELECT ?hit ?score ?name WHERE {
 *   (?hit ?score) hdh:search ("diagnostic principal" 10 "variable") .
 *   ?hit csvw:name ?name .
 * }
 * </pre>
 *
 * The subject is the hit, or a list (hit, score). The object is the text, or a list (text [, limit
 * [, kind]]): limit defaults to {@value #DEFAULT_LIMIT} and is capped at 10,000; kind is one of
 * {@code dataset}, {@code table}, {@code variable}, {@code concept}, {@code code-list}, {@code producer},
 * {@code standard}. Hits come best first. A text with no word to search for gives no hits.
 */
public final class SearchPropertyFunction extends PropertyFunctionBase {
    /** The function's IRI, {@code hdh:search}. */
    public static final String IRI = HDH.NS + "search";
    /** Where the function finds the search service: the context of the dataset being queried. */
    public static final Symbol SERVICE = Symbol.create(HDH.NS + "searchService");
    static final int DEFAULT_LIMIT = 20;

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext ctx) {
        if (subject.isList() && (subject.getArgListSize() < 1 || subject.getArgListSize() > 2)) {
            throw new QueryBuildException("hdh:search: the subject is ?hit or (?hit ?score)");
        }
        if (object.isList() && (object.getArgListSize() < 1 || object.getArgListSize() > 3)) {
            throw new QueryBuildException("hdh:search: the object is \"text\" or (\"text\" limit \"kind\")");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext ctx) {
        SearchService search = ctx.getContext().get(SERVICE);
        if (search == null) {
            throw new QueryBuildException("hdh:search: no search index is attached to this dataset");
        }
        Request request = Request.of(object, binding);
        List<ScoredItem> items;
        try {
            items = search.find(request.text(), request.kinds(), request.limit());
        } catch (InvalidQueryException e) {
            Log.warn(this, "hdh:search: " + e.getMessage());
            items = List.of();
        }
        Node hitArg = subject.isList() ? subject.getArg(0) : subject.getArg();
        Node scoreArg = subject.isList() && subject.getArgListSize() > 1 ? subject.getArg(1) : null;
        List<Binding> out = new ArrayList<>();
        for (ScoredItem item : items) {
            BindingBuilder b = Binding.builder(binding);
            if (bind(b, binding, hitArg, NodeFactory.createURI(item.iri()))
                    && (scoreArg == null || bind(b, binding, scoreArg,
                            NodeFactory.createLiteralDT(Float.toString(item.score()), XSDDatatype.XSDfloat)))) {
                out.add(b.build());
            }
        }
        return QueryIterPlainWrapper.create(out.iterator(), ctx);
    }

    /** Binds {@code arg} when it is an unbound variable; otherwise keeps the row only when it already equals {@code value}. */
    private static boolean bind(BindingBuilder b, Binding row, Node arg, Node value) {
        if (arg.isVariable()) {
            Node bound = row.get(Var.alloc(arg));
            if (bound == null) {
                b.add(Var.alloc(arg), value);
                return true;
            }
            return bound.equals(value);
        }
        return arg.equals(value);
    }

    /** The arguments of one call, with variables replaced by their values in the current row. */
    private record Request(String text, int limit, Set<ItemKind> kinds) {
        static Request of(PropFuncArg object, Binding row) {
            List<Node> args = object.isList() ? object.getArgList() : List.of(object.getArg());
            Node text = value(args.get(0), row);
            if (text == null || !text.isLiteral()) {
                throw new QueryBuildException("hdh:search: the text must be a string literal");
            }
            int limit = DEFAULT_LIMIT;
            if (args.size() > 1) {
                Node n = value(args.get(1), row);
                if (n == null || !n.isLiteral() || !(n.getLiteralValue() instanceof Number number)) {
                    throw new QueryBuildException("hdh:search: the limit must be a number");
                }
                limit = (int) Math.max(1, Math.min(10_000, number.longValue()));
            }
            Set<ItemKind> kinds = Set.of();
            if (args.size() > 2) {
                Node k = value(args.get(2), row);
                String id = k == null || !k.isLiteral() ? "" : k.getLiteralLexicalForm();
                kinds = Set.of(ItemKind.byId(id).orElseThrow(() ->
                        new QueryBuildException("hdh:search: unknown kind \"" + id + "\"")));
            }
            return new Request(text.getLiteralLexicalForm(), limit, kinds);
        }

        private static Node value(Node arg, Binding row) {
            return arg.isVariable() ? row.get(Var.alloc(arg)) : arg;
        }
    }
}

package fr.hdh.catalog.web.dcat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * What a harvester needs of one resource on a page: everything reachable from it in the page graph,
 * stopping at other datasets (each is checked on its own; only their types come along). Validating this closure proves the page is
 * self-contained for that dataset, and gives the validator one dataset (one access profile) at a time.
 */
final class PageClosure {
    private PageClosure() {}

    static Graph of(Graph page, Node start) {
        Graph out = GraphFactory.createDefaultGraph();
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            page.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                out.add(t);
                Node o = t.getObject();
                if (o.isLiteral()) {
                    return;
                }
                if (page.contains(o, RDF.type.asNode(), DCAT.Dataset.asNode())) {
                    page.find(o, RDF.type.asNode(), Node.ANY).forEachRemaining(out::add);
                } else {
                    todo.add(o);
                }
            });
        }
        return out;
    }
}

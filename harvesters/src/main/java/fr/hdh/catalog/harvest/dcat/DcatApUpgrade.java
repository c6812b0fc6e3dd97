package fr.hdh.catalog.harvest.dcat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * What must be read before a page is cut into records, because the cut looks at types and links:
 * <ul>
 *   <li>{@code https://www.w3.org/ns/dcat#} and {@code https://purl.org/dc/terms/} (a common slip)
 *       become the http namespaces the terms are defined in;</li>
 *   <li>{@code schema:startDate} / {@code schema:endDate} of a period (DCAT-AP 2.0 accepted them,
 *       deprecated; 3 has only {@code dcat:startDate} / {@code dcat:endDate}) become the DCAT terms.</li>
 * </ul>
 * Every other slip is mended record by record, each change listed ({@code harvest.repair}).
 */
final class DcatApUpgrade {
    private static final Node START = DCAT.startDate.asNode();
    private static final Node END = DCAT.endDate.asNode();
    private static final Map<String, Node> SCHEMA_DATES = Map.of(
            "http://schema.org/startDate", START, "https://schema.org/startDate", START,
            "http://schema.org/endDate", END, "https://schema.org/endDate", END);
    private static final Map<String, String> NAMESPACE_SLIPS = Map.of(
            "https://www.w3.org/ns/dcat#", DCAT.NS, "https://purl.org/dc/terms/", DCTerms.NS);

    private DcatApUpgrade() {}

    /** Upgrades {@code g} in place; returns how many triples were rewritten. */
    static int apply(Graph g) {
        List<Triple> remove = new ArrayList<>();
        List<Triple> add = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            Triple up = upgrade(t);
            if (!up.equals(t)) {
                remove.add(t);
                add.add(up);
            }
        });
        remove.forEach(g::delete);
        add.forEach(g::add);
        return add.size();
    }

    static Triple upgrade(Triple t) {
        Node p = namespace(t.getPredicate());
        p = SCHEMA_DATES.getOrDefault(p.isURI() ? p.getURI() : "", p);
        return Triple.create(namespace(t.getSubject()), p, namespace(t.getObject()));
    }

    private static Node namespace(Node n) {
        if (!n.isURI()) {
            return n;
        }
        for (Map.Entry<String, String> slip : NAMESPACE_SLIPS.entrySet()) {
            if (n.getURI().startsWith(slip.getKey())) {
                return NodeFactory.createURI(slip.getValue() + n.getURI().substring(slip.getKey().length()));
            }
        }
        return n;
    }
}

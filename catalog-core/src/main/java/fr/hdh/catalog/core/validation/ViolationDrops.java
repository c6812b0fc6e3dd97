package fr.hdh.catalog.core.validation;

import fr.hdh.catalog.core.CatalogRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Drop, don't refuse: takes out of a record the values that break a rule, so that what remains is
 * stored, and lists each removal with the rule it broke. What is removed, by violation:
 * <ul>
 *   <li>a value at fault (wrong datatype, class, node kind, pattern, vocabulary): that statement;</li>
 *   <li>more values than a property allows: all but the first in a stable order;</li>
 *   <li>a fault of a part of the record as a whole (a distribution without an access URL, a publisher
 *       without a name, a period without dates): the links to that part;</li>
 *   <li>then, what described only what was removed (a distribution's own statements once its link went).</li>
 * </ul>
 * Nothing is removed when the record's main resource itself misses a mandatory property or fails as a
 * whole: the record is then refused with its report. A value removed from a mandatory property leaves it
 * missing, which the next validation round reports, and the record is refused then.
 */
public final class ViolationDrops implements Leniency {
    /** The kind of the drops that only follow another: the description of a value no longer linked. */
    public static final String DETACHED = "described only a dropped value";

    @Override
    public List<Amendment> amend(CatalogRecord record, Graph content, ValidationReport report) {
        Node main = record.node();
        List<Finding> violations = report.violations();
        if (violations.stream().anyMatch(f -> !droppable(f, main))) {
            return List.of();
        }
        Set<Triple> removed = new LinkedHashSet<>();
        List<Amendment> drops = new ArrayList<>();
        for (Finding f : violations) {
            Finding.Site site = f.site();
            String rule = rule(f);
            for (Triple t : statementsAtFault(site, main, content)) {
                if (removed.add(t)) {
                    drops.add(Amendment.drop(rule, record.iri(), t, f.message()));
                }
            }
        }
        removed.forEach(content::delete);
        for (Triple t : removed) {
            detach(t.getObject(), main, content, record.iri(), drops);
        }
        return drops;
    }

    /** A finding something can be dropped for: not a missing or whole-node fault of the main resource. */
    private static boolean droppable(Finding f, Node main) {
        if (f.site() == null) {
            return false;
        }
        Finding.Site site = f.site();
        if (!site.focus().equals(main)) {
            return true;
        }
        return site.predicate() != null && (site.value() != null || site.tooMany());
    }

    private static List<Triple> statementsAtFault(Finding.Site site, Node main, Graph content) {
        Node focus = site.focus();
        Node predicate = site.predicate();
        if (predicate != null && site.value() != null && content.contains(focus, predicate, site.value())) {
            return List.of(Triple.create(focus, predicate, site.value()));
        }
        if (predicate != null && site.tooMany()) {
            List<Triple> values = content.find(focus, predicate, Node.ANY).toList().stream()
                    .sorted(Comparator.comparing(t -> t.getObject().toString())).toList();
            return values.subList(Math.min(1, values.size()), values.size());
        }
        if (!focus.equals(main)) {
            return content.find(Node.ANY, Node.ANY, focus).toList();
        }
        return List.of();
    }

    /** Removes the description of {@code value} once nothing in the record points to it any more. */
    private static void detach(Node value, Node main, Graph content, String recordIri, List<Amendment> drops) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(value);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n.isLiteral() || n.equals(main) || content.contains(Node.ANY, Node.ANY, n)) {
                continue;
            }
            for (Triple t : content.find(n, Node.ANY, Node.ANY).toList()) {
                content.delete(t);
                drops.add(Amendment.drop(DETACHED, recordIri, t, ""));
                todo.add(t.getObject());
            }
        }
    }

    /** The rule broken, for counting: {@code dct:format sh:nodeKind}, {@code dcat:Distribution sh:minCount dcat:accessURL}. */
    static String rule(Finding f) {
        String constraint = f.site().constraint().replace("ConstraintComponent", "");
        String name = constraint.isEmpty() ? "" : "sh:" + Character.toLowerCase(constraint.charAt(0)) + constraint.substring(1);
        return (f.path().isEmpty() ? "(node)" : f.path()) + (name.isEmpty() ? "" : " " + name);
    }
}

package fr.hdh.catalog.core.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * What changed between two versions of a record, by property: the statements added and removed, and
 * a value changed where one subject lost one value of a property and gained another.
 *
 * @param from the older version's number
 * @param to the newer version's number
 * @param properties per property IRI, what changed, properties sorted by IRI
 */
public record VersionDiff(int from, int to, Map<String, PropertyChange> properties) {

    /** The changes of one property. */
    public record PropertyChange(List<ValueChange> changed, List<Statement> added, List<Statement> removed) {}

    /** A subject whose single value of the property was replaced. */
    public record ValueChange(String subject, String before, String after) {}

    /** One statement, its nodes written as in Turtle. */
    public record Statement(String subject, String value) {}

    /** The diff of {@code older} (version {@code from}) against {@code newer} (version {@code to}). */
    public static VersionDiff of(int from, Graph older, int to, Graph newer) {
        Map<String, List<Triple>> removed = byProperty(older, newer);
        Map<String, List<Triple>> added = byProperty(newer, older);
        Map<String, PropertyChange> properties = new TreeMap<>();
        for (String p : union(removed, added)) {
            List<Triple> gone = new ArrayList<>(removed.getOrDefault(p, List.of()));
            List<Triple> come = new ArrayList<>(added.getOrDefault(p, List.of()));
            List<ValueChange> changed = new ArrayList<>();
            for (Triple before : List.copyOf(gone)) {
                List<Triple> sameSubjectGone = gone.stream().filter(t -> t.getSubject().equals(before.getSubject())).toList();
                List<Triple> sameSubjectCome = come.stream().filter(t -> t.getSubject().equals(before.getSubject())).toList();
                if (sameSubjectGone.size() == 1 && sameSubjectCome.size() == 1) {
                    Triple after = sameSubjectCome.get(0);
                    changed.add(new ValueChange(fmt(before.getSubject()), fmt(before.getObject()), fmt(after.getObject())));
                    gone.remove(before);
                    come.remove(after);
                }
            }
            properties.put(p, new PropertyChange(changed, statements(come), statements(gone)));
        }
        return new VersionDiff(from, to, properties);
    }

    /** True when the two versions hold the same statements. */
    public boolean empty() {
        return properties.isEmpty();
    }

    /** The diff as plain text, one line per change, for people and for logs. */
    public String toText() {
        StringBuilder out = new StringBuilder("Version " + from + " → " + to + (empty() ? ": no change\n" : "\n"));
        properties.forEach((p, change) -> {
            out.append(fmtIri(p)).append('\n');
            change.changed().forEach(c -> out.append("  ~ ").append(c.subject()).append(": ").append(c.before())
                    .append(" → ").append(c.after()).append('\n'));
            change.added().forEach(s -> out.append("  + ").append(s.subject()).append(": ").append(s.value()).append('\n'));
            change.removed().forEach(s -> out.append("  - ").append(s.subject()).append(": ").append(s.value()).append('\n'));
        });
        return out.toString();
    }

    private static Map<String, List<Triple>> byProperty(Graph a, Graph b) {
        Map<String, List<Triple>> by = new TreeMap<>();
        a.find().filterDrop(b::contains).forEachRemaining(t ->
                by.computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>()).add(t));
        return by;
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeMap<String, Boolean> keys = new TreeMap<>();
        a.keySet().forEach(k -> keys.put(k, true));
        b.keySet().forEach(k -> keys.put(k, true));
        return List.copyOf(keys.keySet());
    }

    private static List<Statement> statements(List<Triple> triples) {
        return triples.stream().map(t -> new Statement(fmt(t.getSubject()), fmt(t.getObject())))
                .sorted(java.util.Comparator.comparing(Statement::subject).thenComparing(Statement::value)).toList();
    }

    private static String fmt(Node n) {
        return n.isBlank() ? "_:b" : NodeFmtLib.strTTL(n);
    }

    private static String fmtIri(String iri) {
        return "<" + iri + ">";
    }
}

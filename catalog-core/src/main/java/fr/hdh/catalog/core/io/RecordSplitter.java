package fr.hdh.catalog.core.io;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.record.RecordProvenance;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Cuts RDF into records. Named graphs (N-Quads, TriG, our own export) are records already. In a
 * plain graph, every resource typed as a record kind (dataset, organisation, concept scheme,
 * standard, project, catalogue, data service) is the root of a record that takes what the root
 * reaches (distributions, variable dictionary, contact points, blank nodes) without crossing into
 * another root; a concept scheme also takes its concepts. Catalogue-record provenance from an
 * earlier export is dropped: the store writes its own.
 *
 * <pre>
 * RecordSplitter.Result result = RecordSplitter.split(RdfFiles.read(file, Lang.TURTLE), source);
 * result.records().forEach(...); result.unclaimedTriples();   // triples that belong to no record
 * </pre>
 */
public final class RecordSplitter {

    /** The records found, and how many triples were left over because they describe no record. */
    public record Result(List<CatalogRecord> records, long unclaimedTriples, List<String> problems) {}

    private RecordSplitter() {}

    public static Result split(DatasetGraph input, RecordSource source) {
        List<CatalogRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long unclaimed = 0;
        var names = input.listGraphNodes();
        while (names.hasNext()) {
            Node name = names.next();
            Graph g = input.getGraph(name);
            Graph content = name.isURI() ? RecordProvenance.content(name.getURI(), g) : g;
            Optional<RecordKind> kind = name.isURI() ? kindOf(content, name) : Optional.empty();
            if (kind.isEmpty()) {
                problems.add("graph " + name + " does not describe a resource of a record type named like it");
                unclaimed += g.size();
            } else {
                records.add(new CatalogRecord(name.getURI(), kind.get(), content, source));
            }
        }
        Result fromDefault = split(input.getDefaultGraph(), source);
        records.addAll(fromDefault.records());
        problems.addAll(fromDefault.problems());
        return new Result(records, unclaimed + fromDefault.unclaimedTriples(), problems);
    }

    public static Result split(Graph input, RecordSource source) {
        Map<Node, RecordKind> roots = roots(input);
        List<String> problems = new ArrayList<>();
        Set<Node> claimed = new HashSet<>(roots.keySet());
        Set<Triple> used = new HashSet<>();
        List<CatalogRecord> records = new ArrayList<>();
        for (Map.Entry<Node, RecordKind> root : roots.entrySet()) {
            Node node = root.getKey();
            if (!node.isURI()) {
                problems.add("a " + root.getValue().name().toLowerCase() + " without an IRI (blank node) cannot be a record");
                continue;
            }
            Graph content = collect(input, node, root.getValue(), roots.keySet(), claimed);
            Graph withoutProvenance = RecordProvenance.content(node.getURI(), content);
            withoutProvenance.find().forEachRemaining(used::add);
            content.find().forEachRemaining(used::add);
            records.add(new CatalogRecord(node.getURI(), root.getValue(), withoutProvenance, source));
        }
        long unclaimed = input.find().filterDrop(used::contains).toList().size();
        return new Result(records, unclaimed, problems);
    }

    private static Map<Node, RecordKind> roots(Graph g) {
        Map<Node, RecordKind> roots = new LinkedHashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            for (Node type : kind.types()) {
                g.find(Node.ANY, RDF.type.asNode(), type)
                        .forEachRemaining(t -> roots.putIfAbsent(t.getSubject(), kind));
            }
        }
        return roots;
    }

    private static Optional<RecordKind> kindOf(Graph g, Node name) {
        return g.find(name, RDF.type.asNode(), Node.ANY)
                .mapWith(t -> RecordKind.ofType(t.getObject()))
                .filterKeep(Optional::isPresent)
                .mapWith(Optional::get)
                .nextOptional();
    }

    private static Graph collect(Graph input, Node root, RecordKind kind, Set<Node> roots, Set<Node> claimed) {
        Graph content = GraphFactory.createDefaultGraph();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(root);
        if (kind == RecordKind.VOCABULARY) {
            input.find(Node.ANY, SKOS.inScheme.asNode(), root).forEachRemaining(t -> todo.add(t.getSubject()));
        }
        if (kind == RecordKind.CATALOG) {
            // A catalogue's datasets are records of their own; the catalogue record keeps only the links.
            input.find(root, DCAT.dataset.asNode(), Node.ANY).forEachRemaining(t -> claimed.add(t.getObject()));
        }
        Set<Node> visited = new HashSet<>();
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!visited.add(s)) {
                continue;
            }
            input.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                content.add(t);
                Node o = t.getObject();
                boolean ownable = o.isBlank() || (o.isURI() && !roots.contains(o) && input.contains(o, Node.ANY, Node.ANY));
                if (ownable && !visited.contains(o) && (o.isBlank() || claimed.add(o))) {
                    todo.add(o);
                }
            });
        }
        return content;
    }
}

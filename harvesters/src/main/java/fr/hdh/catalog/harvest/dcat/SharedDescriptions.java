package fr.hdh.catalog.harvest.dcat;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Gives every dataset of a page the descriptions of the resources it shares with another dataset of
 * the page. A catalogue page merges its records into one graph, so a resource two datasets share (a
 * documentation page typed {@code foaf:Document}) is described once; the splitter hands that
 * description to the first dataset only, and the others would fail their range checks and differ from
 * the publisher's records. Only what the splitter put in a sibling dataset is copied: not records, not
 * what vocabulary, producer or standard records hold, not what is minted under another record's IRI
 * (a foreign key's target column belongs to its own dataset), not extra descriptions the page adds.
 */
final class SharedDescriptions {
    private SharedDescriptions() {}

    /** The resources the datasets of a page may share: described in one of them, not minted under a record. */
    static Set<Node> shareable(Graph page, List<CatalogRecord> records) {
        Set<Node> roots = new HashSet<>();
        for (RecordKind kind : RecordKind.values()) {
            for (Node type : kind.types()) {
                page.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> roots.add(t.getSubject()));
            }
        }
        Set<Node> shareable = new HashSet<>();
        for (CatalogRecord r : records) {
            if (r.kind() == RecordKind.DATASET || r.kind() == RecordKind.DATA_SERVICE) {
                r.content().find().forEachRemaining(t -> {
                    Node s = t.getSubject();
                    if (s.isURI() && !roots.contains(s) && !mintedUnderARecord(s, roots)) {
                        shareable.add(s);
                    }
                });
            }
        }
        return shareable;
    }

    /**
     * Adds to the record what {@code page} says of the shareable IRIs it reaches and does not describe,
     * and of its own parts (minted under its IRI) that the splitter gave to a sibling pointing to them.
     */
    static void complete(CatalogRecord record, Graph page, Set<Node> shareable) {
        Graph content = record.content();
        String own = record.iri();
        Deque<Node> todo = new ArrayDeque<>();
        content.find().forEachRemaining(t -> todo.add(t.getObject()));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            boolean ownPart = n.isURI() && (n.getURI().startsWith(own + "/") || n.getURI().startsWith(own + "#"));
            if (!(shareable.contains(n) || ownPart) || !seen.add(n) || content.contains(n, Node.ANY, Node.ANY)) {
                continue;
            }
            page.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                content.add(t);
                todo.add(t.getObject());
                if (t.getObject().isBlank()) {
                    copyBlank(t.getObject(), content, page, todo);
                }
            });
        }
    }

    /**
     * Removes from a dataset's record the parts of its siblings a page describes for reference: with
     * hierarchical IRIs, {@code <…/dataset/b/table/T/variable/V>} (a foreign key's target) belongs to
     * {@code <…/dataset/b>} even when that dataset is on another page, not to {@code <…/dataset/a>}.
     */
    static void dropSiblingParts(CatalogRecord record) {
        String own = record.iri();
        int slash = own.lastIndexOf('/');
        String parent = slash < 0 ? own : own.substring(0, slash + 1);
        Graph g = record.content();
        g.find().filterKeep(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || s.getURI().equals(own) || s.getURI().startsWith(own + "/") || s.getURI().startsWith(own + "#")) {
                return false;
            }
            String rest = s.getURI().startsWith(parent) ? s.getURI().substring(parent.length()) : "";
            return rest.indexOf('/') > 0 || g.contains(s, SKOS.inScheme.asNode(), Node.ANY);
        }).toList().forEach(g::delete);
        pruneUnreachable(g, record.node());
    }

    /** Drops what the record's main resource no longer reaches (labels of a concept that went, say). */
    private static void pruneUnreachable(Graph g, Node root) {
        Set<Node> reached = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (reached.add(n)) {
                g.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
            }
        }
        g.find().filterDrop(t -> reached.contains(t.getSubject())).toList().forEach(g::delete);
    }

    /** A table or column of a dataset ({@code <dataset>/table/T}) is part of that dataset's record. */
    private static boolean mintedUnderARecord(Node n, Set<Node> roots) {
        String iri = n.getURI();
        for (int cut = iri.length() - 1; cut > 0; cut--) {
            char c = iri.charAt(cut);
            if ((c == '/' || c == '#') && roots.contains(NodeFactory.createURI(iri.substring(0, cut)))) {
                return true;
            }
        }
        return false;
    }

    private static void copyBlank(Node blank, Graph content, Graph page, Deque<Node> todo) {
        page.find(blank, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!content.contains(t)) {
                content.add(t);
                todo.add(t.getObject());
                if (t.getObject().isBlank()) {
                    copyBlank(t.getObject(), content, page, todo);
                }
            }
        });
    }
}

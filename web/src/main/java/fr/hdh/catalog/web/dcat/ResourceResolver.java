package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.validation.GraphDescriptions;
import fr.hdh.catalog.ontologies.Namespaces;
import fr.hdh.catalog.web.page.MemberSource;
import fr.hdh.catalog.web.page.ResourcePage;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Finds what an IRI names in the store: a record graph by its name, else the record that describes it.
 * Inside a record, the answer is the resource's description with those of the resources minted
 * beneath it that it links to (a table brings its variables), and the referenced descriptions; the
 * rest of the record is not read (a concept of the CIM-10 does not read the 19,000 others). For a page,
 * a code list with many codes is its own description and its codes read from the store a page at a
 * time ({@link #resolveForPage}).
 */
final class ResourceResolver {
    private final CatalogStore store;
    private final StoreReferences references;
    private final FoldedMembers folded = new FoldedMembers();

    ResourceResolver(CatalogStore store) {
        this.store = store;
        this.references = new StoreReferences(store);
    }

    /** The whole description of {@code iri} (a record: all of it), for RDF. */
    Optional<ResolvedResource> resolve(String iri) {
        return store.read(() -> resolveInRead(iri));
    }

    /**
     * As {@link #resolve}, except a concept scheme with more members than a page details: its own description,
     * its members ({@code skos:inScheme}) listed by IRI and read a page at a time from the store.
     */
    Optional<ResolvedResource> resolveForPage(String iri) {
        return store.read(() -> {
            Optional<Graph> stored = store.storedGraph(iri);
            Node node = NodeFactory.createURI(iri);
            if (stored.isPresent() && stored.get().contains(node, RDF.type.asNode(), SKOS.ConceptScheme.asNode())) {
                List<String> members = stored.get().find(Node.ANY, SKOS.inScheme.asNode(), node)
                        .mapWith(t -> t.getSubject()).filterKeep(Node::isURI).mapWith(Node::getURI).toList();
                if (members.size() > ResourcePage.DETAILED_MEMBERS) {
                    Graph own = GraphFactory.createDefaultGraph();
                    GraphDescriptions.copy(stored.get(), node, own);
                    List<String> sorted = members.stream().sorted().distinct().toList();
                    return Optional.of(answer(iri, iri, stored.get(), own,
                            Optional.of(new StoreMembers(store, iri, sorted, folded))));
                }
            }
            return resolveInRead(iri);
        });
    }

    private Optional<ResolvedResource> resolveInRead(String iri) {
        Optional<Graph> record = store.recordGraph(iri);
        if (record.isPresent()) {
            return Optional.of(answer(iri, iri, record.get(), record.get(), Optional.empty()));
        }
        return owner(iri).flatMap(owner -> store.storedGraph(owner)
                .map(stored -> answer(iri, owner, stored, describe(stored, iri), Optional.empty())));
    }

    private ResolvedResource answer(String iri, String recordIri, Graph stored, Graph description,
                                    Optional<MemberSource> members) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        description.find().forEachRemaining(graph::add);
        references.addTo(graph);
        Node node = NodeFactory.createURI(iri);
        boolean dataset = graph.contains(node, RDF.type.asNode(), DCAT.Dataset.asNode());
        return new ResolvedResource(iri, recordIri, graph, modified(recordIri, stored), dataset, members);
    }

    private Optional<String> owner(String iri) {
        try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(DcatQuery.OWNER.query())
                .substitution("resource", NodeFactory.createURI(iri)).build()) {
            var rows = exec.select();
            return rows.hasNext() ? Optional.of(rows.next().get("graph").getURI()) : Optional.empty();
        }
    }

    /**
     * The description of {@code iri} in {@code stored}, with those of the resources minted beneath it that it
     * reaches by links (a table's variables, a dataset's distributions), blank nodes included; read by following
     * the links, not by scanning the record.
     */
    static Graph describe(Graph stored, String iri) {
        Graph out = GraphFactory.createDefaultGraph();
        String below = iri + "/";
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(NodeFactory.createURI(iri));
        while (!todo.isEmpty()) {
            Node next = todo.pop();
            if (!seen.add(next)) {
                continue;
            }
            Graph one = GraphFactory.createDefaultGraph();
            GraphDescriptions.copy(stored, next, one);
            one.find().forEachRemaining(t -> {
                out.add(t);
                Node o = t.getObject();
                if (o.isURI() && o.getURI().startsWith(below) && !seen.contains(o)) {
                    todo.add(o);
                }
            });
        }
        return out;
    }

    private static Optional<Instant> modified(String recordIri, Graph stored) {
        return stored.find(RecordProvenance.recordNode(recordIri), DCTerms.modified.asNode(), Node.ANY).nextOptional()
                .map(t -> Instant.parse(t.getObject().getLiteralLexicalForm()));
    }
}

package fr.hdh.catalog.core.backup;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.ontologies.HDH;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * What a backup says about itself, in a graph of its own ({@value #GRAPH}) written after the data: the
 * base IRI the catalogue mints under, which graphs belong to the private workspace (every other graph
 * goes to the public store), and how many quads each store gave, so a restore knows the file is whole.
 *
 * @param created when the backup was taken
 * @param baseIri the catalogue's base IRI
 * @param workspaceGraphs the names of the workspace's graphs
 * @param publicQuads the quads of the public store
 * @param workspaceQuads the quads of the workspace
 */
public record BackupManifest(Instant created, String baseIri, Set<String> workspaceGraphs, long publicQuads,
                             long workspaceQuads) {
    /** The name of the manifest's graph, and of the backup it describes. */
    public static final String GRAPH = "urn:hdh:backup";
    /** The layout written; a restore refuses another. */
    static final int FORMAT = 1;

    private static final Node BACKUP = NodeFactory.createURI(GRAPH);
    private static final Node BACKUP_CLASS = term("Backup");
    private static final Node BACKUP_FORMAT = term("backupFormat");
    private static final Node BASE_IRI = term("baseIri");
    private static final Node WORKSPACE_GRAPH = term("workspaceGraph");
    private static final Node PUBLIC_QUADS = term("publicQuads");
    private static final Node WORKSPACE_QUADS = term("workspaceQuads");

    public BackupManifest {
        workspaceGraphs = Set.copyOf(workspaceGraphs);
    }

    /** The manifest as triples, for the {@value #GRAPH} graph. */
    Graph toGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(BACKUP, RDF.type.asNode(), BACKUP_CLASS);
        g.add(BACKUP, BACKUP_FORMAT, integer(FORMAT));
        g.add(BACKUP, DCTerms.created.asNode(), NodeFactory.createLiteralDT(created.toString(), XSDDatatype.XSDdateTime));
        g.add(BACKUP, BASE_IRI, NodeFactory.createLiteralString(baseIri));
        g.add(BACKUP, PUBLIC_QUADS, integer(publicQuads));
        g.add(BACKUP, WORKSPACE_QUADS, integer(workspaceQuads));
        new TreeSet<>(workspaceGraphs).forEach(name -> g.add(BACKUP, WORKSPACE_GRAPH, NodeFactory.createURI(name)));
        return g;
    }

    /** Reads the manifest of the backup {@code source}; throws when it is missing or of another format. */
    static BackupManifest from(Graph g, String source) {
        if (g.isEmpty()) {
            throw new MalformedInputException(source, -1, "no " + GRAPH + " graph: this is not an hdh backup, "
                    + "or it was cut short", null);
        }
        long format = number(g, BACKUP_FORMAT, source);
        if (format != FORMAT) {
            throw new MalformedInputException(source, -1, "backup format " + format + ": this hdh reads format " + FORMAT, null);
        }
        Set<String> workspace = new TreeSet<>();
        g.find(BACKUP, WORKSPACE_GRAPH, Node.ANY).forEachRemaining(t -> workspace.add(t.getObject().getURI()));
        return new BackupManifest(instant(g, DCTerms.created.asNode(), source), value(g, BASE_IRI, source),
                workspace, number(g, PUBLIC_QUADS, source), number(g, WORKSPACE_QUADS, source));
    }

    private static Instant instant(Graph g, Node property, String source) {
        String lexical = value(g, property, source);
        try {
            return Instant.parse(lexical);
        } catch (DateTimeParseException e) {
            throw new MalformedInputException(source, -1, "the backup's manifest has " + property.getURI() + " "
                    + lexical + ", not a time", e);
        }
    }

    private static String value(Graph g, Node property, String source) {
        Optional<Node> object = g.find(BACKUP, property, Node.ANY).nextOptional().map(t -> t.getObject());
        return object.filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElseThrow(() ->
                new MalformedInputException(source, -1, "the backup's manifest lacks " + property.getURI(), null));
    }

    private static long number(Graph g, Node property, String source) {
        String lexical = value(g, property, source);
        try {
            return Long.parseLong(lexical);
        } catch (NumberFormatException e) {
            throw new MalformedInputException(source, -1, "the backup's manifest has " + property.getURI() + " "
                    + lexical + ", not a number", e);
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node term(String local) {
        return NodeFactory.createURI(HDH.NS + local);
    }
}

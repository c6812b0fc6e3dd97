package fr.hdh.catalog.harvest.tableschema;

import fr.hdh.catalog.ontologies.CSVW;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes one csvw foreign key of a table. The key and its table reference get IRIs derived from the
 * table's ({@code <table>#fk-1}, {@code <table>#fk-1-ref}) rather than blank nodes, so a record can be
 * compared, diffed and replaced triple by triple.
 *
 * <pre>
 * CsvwForeignKeys.add(graph, tableNode, 1, List.of("BEN_NIR_PSA"), irBenR, List.of("BEN_NIR_PSA"));
 * </pre>
 */
public final class CsvwForeignKeys {
    static {
        // Jena must be initialised before its vocabulary classes, or RDF.type can be read as null.
        JenaSystem.init();
    }

    private static final Node FOREIGN_KEY = CSVW.foreignKey.asNode();
    private static final Node COLUMN_REFERENCE = CSVW.columnReference.asNode();
    private static final Node REFERENCE = CSVW.reference.asNode();
    private static final Node RESOURCE = CSVW.resource.asNode();
    private static final Node TYPE = RDF.type.asNode();

    private CsvwForeignKeys() {}

    /**
     * Adds {@code <table> csvw:foreignKey <fk>} with the referencing columns and a reference to the
     * referenced table and columns; column lists are written comma-separated, as csvw metadata does.
     *
     * @param ordinal the key's 1-based position among the table's keys, which names its IRI
     */
    public static void add(Graph g, Node table, int ordinal, List<String> columns,
            Node referencedTable, List<String> referencedColumns) {
        Node key = NodeFactory.createURI(table.getURI() + "#fk-" + ordinal);
        Node reference = NodeFactory.createURI(table.getURI() + "#fk-" + ordinal + "-ref");
        g.add(table, FOREIGN_KEY, key);
        g.add(key, TYPE, CSVW.ForeignKey.asNode());
        g.add(key, COLUMN_REFERENCE, NodeFactory.createLiteralString(String.join(",", columns)));
        g.add(key, REFERENCE, reference);
        g.add(reference, TYPE, CSVW.TableReference.asNode());
        g.add(reference, RESOURCE, referencedTable);
        g.add(reference, COLUMN_REFERENCE, NodeFactory.createLiteralString(String.join(",", referencedColumns)));
    }
}

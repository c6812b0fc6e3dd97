package fr.hdh.catalog.harvest.tableschema;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.ontologies.CSVW;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Puts tables into the variable dictionary of one dataset's content: each table given replaces the
 * table of that name (its columns and keys) or joins the dictionary; the other tables stay. Foreign keys
 * resolve against the dataset's tables. Used by {@code hdh import --dataset} and by the producers' upload
 * of a data dictionary; the content is then validated and written like any other record.
 *
 * <pre>
 * new DictionaryTables(iris).put(content, "ccam-actes", tables);
 * </pre>
 */
public final class DictionaryTables {
    private static final String DEFAULT_TITLE = "Dictionnaire des variables";

    private final CatalogIris iris;

    public DictionaryTables(CatalogIris iris) {
        this.iris = iris;
    }

    /**
     * Replaces or adds {@code tables} in the dictionary of dataset {@code datasetId} held in {@code content}.
     *
     * @throws MalformedInputException when a table or a variable has no usable name, a variable is named
     *     twice, or a type is not a Table Schema type
     */
    public void put(Graph content, String datasetId, List<TableSchema> tables) {
        tables.forEach(DictionaryTables::check);
        Map<String, String> tablesOfDataset = new HashMap<>();
        content.find(Node.ANY, RDF.type.asNode(), CSVW.Table.asNode()).forEachRemaining(t ->
                content.find(t.getSubject(), CSVW.name.asNode(), Node.ANY)
                        .forEachRemaining(n -> tablesOfDataset.put(n.getObject().getLiteralLexicalForm(), datasetId)));
        for (TableSchema table : tables) {
            remove(content, datasetId, table.name());
            tablesOfDataset.put(table.name(), datasetId);
        }
        new VariableDictionaryMapper(iris, tablesOfDataset)
                .addVariables(content, datasetId, dictionaryTitle(content, datasetId), tables);
    }

    /**
     * Removes a table and everything minted under its IRI (columns, keys) and its place in the table
     * group; foreign keys of other tables that point to it stay, as the table comes straight back.
     */
    private boolean remove(Graph content, String datasetId, String tableName) {
        String tableIri = iris.table(datasetId, tableName);
        var doomed = content.find().filterKeep(t -> t.getSubject().isURI() && ownedBy(t.getSubject().getURI(), tableIri)
                        || t.getPredicate().equals(CSVW.table.asNode()) && t.getObject().isURI()
                        && t.getObject().getURI().equals(tableIri))
                .toList();
        doomed.forEach(content::delete);
        return !doomed.isEmpty();
    }

    /**
     * Removes table {@code tableName}, and the dictionary itself when it was the last table: the dataset then
     * has no structured data ({@code healthdcatap:hasStructuredData false}).
     *
     * @return whether the dictionary held the table
     */
    public boolean removeTable(Graph content, String datasetId, String tableName) {
        if (!remove(content, datasetId, tableName)) {
            return false;
        }
        Node group = NodeFactory.createURI(iris.tableGroup(datasetId));
        if (!content.contains(group, CSVW.table.asNode(), Node.ANY)) {
            Node dataset = NodeFactory.createURI(iris.dataset(datasetId));
            content.find(group, Node.ANY, Node.ANY).toList().forEach(content::delete);
            content.find(Node.ANY, HealthDCATAP.hasVariables.asNode(), group).toList().forEach(content::delete);
            content.find(dataset, HealthDCATAP.hasStructuredData.asNode(), Node.ANY).toList().forEach(content::delete);
            content.add(dataset, HealthDCATAP.hasStructuredData.asNode(), NodeFactory.createLiteralByValue(false));
        }
        return true;
    }

    private String dictionaryTitle(Graph content, String datasetId) {
        Node group = NodeFactory.createURI(iris.tableGroup(datasetId));
        return content.find(group, DCTerms.title.asNode(), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm())
                .orElse(DEFAULT_TITLE);
    }

    private static void check(TableSchema table) {
        if (!usableName(table.name())) {
            throw new MalformedInputException(table.source(), -1,
                    "the table needs a name (\"name\"), other than '.' or '..', found '" + table.name() + "'", null);
        }
        Set<String> names = new HashSet<>();
        for (FieldSchema field : table.fields()) {
            if (!usableName(field.name())) {
                throw new MalformedInputException(table.source(), -1, "table " + table.name()
                        + ": every field needs a name, other than '.' or '..', found '" + field.name() + "'", null);
            }
            if (!names.add(field.name())) {
                throw new MalformedInputException(table.source(), -1, "table " + table.name()
                        + ": field " + field.name() + " is given twice", null);
            }
            String type = field.type().trim().toLowerCase(java.util.Locale.ROOT);
            if (!type.isEmpty() && !ColumnMapper.TABLE_SCHEMA_TYPES.contains(type)) {
                throw new MalformedInputException(table.source(), -1, "table " + table.name() + ", field "
                        + field.name() + ": '" + field.type() + "' is not a Table Schema type", null);
            }
        }
        if (table.fields().isEmpty()) {
            throw new MalformedInputException(table.source(), -1, "table " + table.name() + " has no field (\"fields\")", null);
        }
    }

    private static boolean usableName(String name) {
        String n = name == null ? "" : name.trim();
        return !n.isEmpty() && !n.equals(".") && !n.equals("..") && n.equals(name);
    }

    private static boolean ownedBy(String iri, String tableIri) {
        return iri.equals(tableIri) || iri.startsWith(tableIri + "/") || iri.startsWith(tableIri + "#");
    }
}

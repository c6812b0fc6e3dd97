package fr.hdh.catalog.harvest.tableschema;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.text.TextRepair;
import fr.hdh.catalog.ontologies.CSVW;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes the HealthDCAT-AP variable dictionary of one dataset: the dataset's link to its
 * {@code csvw:TableGroup}, one {@code csvw:Table} per SNDS table with its columns, primary key and
 * foreign keys.
 *
 * <pre>
 * VariableDictionaryMapper mapper = new VariableDictionaryMapper(iris, datasetIdByTable);
 * ForeignKeyTally fks = mapper.addVariables(graph, "pmsi-mco", "Dictionnaire des variables du PMSI MCO", tables);
 * </pre>
 */
public final class VariableDictionaryMapper {
    private static final String FRENCH = "fr";
    static {
        // Jena must be initialised before its vocabulary classes, or RDF.type can be read as null.
        JenaSystem.init();
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node TITLE = DCTerms.title.asNode();
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private final CatalogIris iris;
    private final Map<String, String> datasetIdByTable;
    private final ColumnMapper columns;

    /**
     * @param datasetIdByTable every table name of the dictionary → the dataset holding it, to resolve
     *     foreign keys that point into another dataset
     */
    public VariableDictionaryMapper(CatalogIris iris, Map<String, String> datasetIdByTable) {
        this.iris = iris;
        this.datasetIdByTable = Map.copyOf(datasetIdByTable);
        this.columns = new ColumnMapper(iris);
    }

    /**
     * Adds the dictionary of {@code datasetId}, titled {@code title}, made of {@code tables}, to {@code g}.
     * Foreign keys to a table the dictionary does not hold are left out: a link to nothing would
     * mislead; they are counted in the returned tally.
     */
    public ForeignKeyTally addVariables(Graph g, String datasetId, String title, List<TableSchema> tables) {
        Node dataset = NodeFactory.createURI(iris.dataset(datasetId));
        Node group = NodeFactory.createURI(iris.tableGroup(datasetId));
        g.add(dataset, HealthDCATAP.hasVariables.asNode(), group);
        // A dictionary makes the data structured, whatever the record said before (exactly one value allowed).
        g.find(dataset, HealthDCATAP.hasStructuredData.asNode(), Node.ANY).toList().forEach(g::delete);
        g.add(dataset, HealthDCATAP.hasStructuredData.asNode(), TRUE);
        g.add(group, TYPE, CSVW.TableGroup.asNode());
        g.add(group, TITLE, NodeFactory.createLiteralLang(TextRepair.repair(title), FRENCH));
        ForeignKeyTally tally = ForeignKeyTally.NONE;
        for (TableSchema table : tables) {
            Node t = addTable(g, datasetId, table);
            g.add(group, CSVW.table.asNode(), t);
            tally = tally.plus(addForeignKeys(g, t, table));
        }
        return tally;
    }

    private Node addTable(Graph g, String datasetId, TableSchema table) {
        Node t = NodeFactory.createURI(iris.table(datasetId, table.name()));
        g.add(t, TYPE, CSVW.Table.asNode());
        g.add(t, CSVW.name.asNode(), NodeFactory.createLiteralString(table.name()));
        g.add(t, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(table.name()));
        // One SNDS table (DAMIR's MA_REM_FT) has no title; its name is the only text it has.
        String title = TextRepair.repair(table.title());
        g.add(t, TITLE, NodeFactory.createLiteralLang(title.isEmpty() ? table.name() : title, FRENCH));
        String remark = TextRepair.repair(table.observation());
        if (!remark.isEmpty()) {
            g.add(t, DCTerms.description.asNode(), NodeFactory.createLiteralLang(remark, FRENCH));
        }
        String product = TextRepair.repair(table.product());
        if (!product.isEmpty()) {
            g.add(t, DCAT.keyword.asNode(), NodeFactory.createLiteralLang(product, FRENCH));
        }
        if (!table.primaryKey().isEmpty()) {
            g.add(t, CSVW.primaryKey.asNode(), NodeFactory.createLiteralString(String.join(",", table.primaryKey())));
        }
        for (FieldSchema field : table.fields()) {
            g.add(t, CSVW.column.asNode(), columns.add(g, datasetId, table.name(), field));
        }
        return t;
    }

    private ForeignKeyTally addForeignKeys(Graph g, Node t, TableSchema table) {
        int resolved = 0;
        int unresolved = 0;
        for (ForeignKey fk : table.foreignKeys()) {
            String targetDataset = datasetIdByTable.get(fk.referencedTable());
            if (targetDataset == null) {
                unresolved++;
                continue;
            }
            resolved++;
            Node target = NodeFactory.createURI(iris.table(targetDataset, fk.referencedTable()));
            CsvwForeignKeys.add(g, t, resolved, fk.fields(), target, fk.referencedFields());
        }
        return new ForeignKeyTally(resolved, unresolved);
    }
}

package fr.hdh.catalog.harvest.tableschema;

import fr.hdh.catalog.core.CatalogIris;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;

/**
 * The whole SNDS data dictionary, read once, from which each SNDS dataset's record gets its variable
 * dictionary. Foreign keys are resolved across the whole dictionary: a DCIR table may point to the
 * beneficiary table of another product.
 *
 * <pre>
 * SndsDictionary snds = SndsDictionary.read(Path.of("hdh/demo/snds/schemas"), iris);
 * for (String id : snds.datasetIds()) {
 *     Graph g = GraphFactory.createDefaultGraph();
 *     snds.addVariables(id, g);   // + the dataset's own DCAT description, written elsewhere
 * }
 * </pre>
 */
public final class SndsDictionary {
    private final Map<String, List<TableSchema>> tablesByDataset;
    private final VariableDictionaryMapper mapper;
    private final ForeignKeyTally foreignKeys;

    /** Reads every Table Schema file under {@code schemasRoot} (a folder, also inside a jar). */
    public static SndsDictionary read(Path schemasRoot, CatalogIris iris) {
        return new SndsDictionary(new TableSchemaReader().readTree(schemasRoot), iris);
    }

    /** A dictionary of tables already read; each table's dataset follows from its folder or product. */
    public SndsDictionary(List<TableSchema> tables, CatalogIris iris) {
        this.tablesByDataset = SndsProducts.byDataset(tables);
        Map<String, String> datasetIdByTable = new HashMap<>();
        tablesByDataset.forEach((id, ts) -> ts.forEach(t -> datasetIdByTable.put(t.name(), id)));
        this.mapper = new VariableDictionaryMapper(iris, datasetIdByTable);
        this.foreignKeys = countForeignKeys(tables, datasetIdByTable.keySet());
    }

    /** The ids of the datasets that have tables, in alphabetical order. */
    public Set<String> datasetIds() {
        return tablesByDataset.keySet();
    }

    /** The tables of one dataset; empty for an id without tables. */
    public List<TableSchema> tables(String datasetId) {
        return tablesByDataset.getOrDefault(datasetId, List.of());
    }

    /** Every dataset's tables, by dataset id. */
    public Map<String, List<TableSchema>> tablesByDataset() {
        return tablesByDataset;
    }

    /**
     * Adds the variable dictionary of {@code datasetId} to {@code datasetGraph}: the dataset's
     * {@code healthdcatap:hasVariables} and {@code hasStructuredData}, its table group, tables and columns.
     *
     * @return the foreign keys of this dataset's tables written and left out
     */
    public ForeignKeyTally addVariables(String datasetId, Graph datasetGraph) {
        List<TableSchema> tables = tables(datasetId);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("No SNDS table belongs to dataset " + datasetId);
        }
        return mapper.addVariables(datasetGraph, datasetId, dictionaryTitle(tables), tables);
    }

    /** The number of tables in the dictionary. */
    public int tableCount() {
        return tablesByDataset.values().stream().mapToInt(List::size).sum();
    }

    /** The number of fields (variables) over all tables. */
    public int variableCount() {
        return tablesByDataset.values().stream().flatMap(List::stream).mapToInt(t -> t.fields().size()).sum();
    }

    /** The foreign keys of the whole dictionary, resolved (their table is known) and not. */
    public ForeignKeyTally foreignKeys() {
        return foreignKeys;
    }

    /** "Dictionnaire des variables : PMSI MCO", after the product the tables come from. */
    private static String dictionaryTitle(List<TableSchema> tables) {
        String product = tables.get(0).product();
        return "Dictionnaire des variables : " + (product.isEmpty() ? tables.get(0).folder() : product);
    }

    private static ForeignKeyTally countForeignKeys(List<TableSchema> tables, Set<String> known) {
        int resolved = 0;
        int unresolved = 0;
        for (TableSchema t : tables) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (known.contains(fk.referencedTable())) {
                    resolved++;
                } else {
                    unresolved++;
                }
            }
        }
        return new ForeignKeyTally(resolved, unresolved);
    }
}

package fr.hdh.catalog.harvest.file;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordNotFoundException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.tableschema.DictionaryTables;
import fr.hdh.catalog.harvest.tableschema.TableSchema;
import fr.hdh.catalog.harvest.tableschema.TableSchemaReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * Imports a Table Schema file as one table of an existing dataset's variable dictionary: the dataset's
 * record is read, the table replaced (or added) in it, and the whole record returned to be validated
 * and written like any other. Foreign keys resolve against the tables the dataset already has. Several
 * files of one import build on each other: the second file's table joins the first's, so
 * {@code hdh import --dataset D a.json b.json} ends with both tables.
 */
public final class TableSchemaIntoDataset implements RecordFiles.TableSchemaImport {
    private final Catalog catalog;
    private final Optional<String> datasetIri;
    /** The dataset's content as this import has built it so far. */
    private final Map<String, Graph> building = new HashMap<>();

    public TableSchemaIntoDataset(Catalog catalog, Optional<String> datasetIri) {
        this.catalog = catalog;
        this.datasetIri = datasetIri;
    }

    @Override
    public CatalogRecord read(Path file, RecordSource source) {
        String iri = datasetIri.orElseThrow(() -> new CatalogException(file
                + ": a Table Schema describes one table; name the dataset it belongs to with --dataset IRI"));
        String prefix = catalog.iris().dataset("");
        if (!iri.startsWith(prefix) || iri.length() == prefix.length()) {
            throw new CatalogException("--dataset " + iri + " is not a dataset of this catalogue (" + prefix + "…)");
        }
        String id = iri.substring(prefix.length());
        Graph content = building.containsKey(iri) ? building.get(iri)
                : catalog.records().content(iri).orElseThrow(() -> new RecordNotFoundException(iri));
        building.put(iri, content);
        TableSchema table = named(new TableSchemaReader().read(file), file);
        new DictionaryTables(catalog.iris()).put(content, id, List.of(table));
        return new CatalogRecord(iri, RecordKind.DATASET, content, source);
    }

    /** A Table Schema without a name is named after its file ({@code ER_PRS_F.json} describes table {@code ER_PRS_F}). */
    private static TableSchema named(TableSchema table, Path file) {
        if (!table.name().isBlank()) {
            return table;
        }
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - ".json".length()) : fileName;
        return new TableSchema(name, table.title(), table.product(), table.folder(), table.observation(), table.fields(),
                table.primaryKey(), table.foreignKeys(), table.source());
    }
}

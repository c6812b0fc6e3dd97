package fr.hdh.catalog.harvest.file;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordNotFoundException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.tableschema.TableSchema;
import fr.hdh.catalog.harvest.tableschema.TableSchemaReader;
import fr.hdh.catalog.harvest.tableschema.VariableDictionaryMapper;
import fr.hdh.catalog.ontologies.CSVW;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Imports a Table Schema file as one table of an existing dataset's variable dictionary: the dataset's
 * record is read, the table replaced (or added) in it, and the whole record returned to be validated
 * and written like any other. Foreign keys resolve against the tables the dataset already has. Several
 * files of one import build on each other: the second file's table joins the first's, so
 * {@code hdh import --dataset D a.json b.json} ends with both tables.
 */
public final class TableSchemaIntoDataset implements RecordFiles.TableSchemaImport {
    private static final String DEFAULT_TITLE = "Dictionnaire des variables";

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
        TableSchema table = new TableSchemaReader().read(file);
        String tableIri = catalog.iris().table(id, table.name());
        removeTable(content, tableIri);

        Map<String, String> tablesOfDataset = new HashMap<>();
        content.find(Node.ANY, RDF.type.asNode(), CSVW.Table.asNode()).forEachRemaining(t ->
                content.find(t.getSubject(), CSVW.name.asNode(), Node.ANY)
                        .forEachRemaining(n -> tablesOfDataset.put(n.getObject().getLiteralLexicalForm(), id)));
        tablesOfDataset.put(table.name(), id);
        new VariableDictionaryMapper(catalog.iris(), tablesOfDataset)
                .addVariables(content, id, dictionaryTitle(content, id), List.of(table));
        return new CatalogRecord(iri, RecordKind.DATASET, content, source);
    }

    private String dictionaryTitle(Graph content, String id) {
        Node group = NodeFactory.createURI(catalog.iris().tableGroup(id));
        return content.find(group, DCTerms.title.asNode(), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm())
                .orElse(DEFAULT_TITLE);
    }

    /**
     * Removes a table and everything minted under its IRI (columns, keys) and its place in the table
     * group; foreign keys of other tables that point to it stay, as the table comes straight back.
     */
    private static void removeTable(Graph content, String tableIri) {
        content.find().filterKeep(t -> t.getSubject().isURI() && ownedBy(t.getSubject().getURI(), tableIri)
                        || t.getPredicate().equals(CSVW.table.asNode()) && t.getObject().isURI()
                        && t.getObject().getURI().equals(tableIri))
                .toList()
                .forEach(content::delete);
    }

    private static boolean ownedBy(String iri, String tableIri) {
        return iri.equals(tableIri) || iri.startsWith(tableIri + "/") || iri.startsWith(tableIri + "#");
    }
}

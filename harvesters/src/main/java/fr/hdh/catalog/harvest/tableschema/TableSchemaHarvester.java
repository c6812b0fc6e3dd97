package fr.hdh.catalog.harvest.tableschema;

import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.HarvestContext;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.Harvester;
import fr.hdh.catalog.harvest.RecordSink;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.catalogue.BundledCatalogue;
import fr.hdh.catalog.harvest.catalogue.HdhCatalogueReader;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import fr.hdh.catalog.vocab.nomenclature.NomenclatureReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Harvests Table Schema (frictionless) data dictionaries; the SNDS dictionary is the real case. The
 * location is a folder of schemas, or an SNDS checkout holding {@code schemas/} and
 * {@code nomenclatures/}, or one schema file or URL. Tables are grouped into datasets by product
 * ({@link SndsProducts}); each dataset gets its description from the bundled HDH catalogue list when
 * the list has it (else a short one, which the shapes may refuse: the run reports it), and its variable
 * dictionary with foreign keys resolved across the whole dictionary. The producers those datasets name
 * and, beside an SNDS checkout, the nomenclatures their coded variables point to are harvested too, so
 * the records validate in an empty store. A schema file that does not parse is rejected; the rest are read.
 *
 * <pre>
 * new TableSchemaHarvester().harvest(new HarvestSource("snds", SourceType.TABLESCHEMA, "schema-snds",
 *         Optional.empty(), Set.of()), context, sink);
 * </pre>
 */
public final class TableSchemaHarvester implements Harvester {

    @Override
    public SourceType type() {
        return SourceType.TABLESCHEMA;
    }

    @Override
    public void harvest(HarvestSource source, HarvestContext context, RecordSink sink) {
        RecordSource recordSource = context.recordSource();
        List<TableSchema> tables;
        if (source.remote()) {
            tables = List.of(remoteTable(URI.create(source.location()), context));
        } else {
            Path location = Path.of(source.location());
            if (!Files.exists(location)) {
                throw new MalformedInputException(source.location(), -1, "no such file or folder", null);
            }
            Path schemas = Files.isDirectory(location.resolve("schemas")) ? location.resolve("schemas") : location;
            tables = readTables(schemas, sink);
            Path nomenclatures = location.resolve("nomenclatures");
            if (Files.isDirectory(nomenclatures)) {
                harvestNomenclatures(nomenclatures, context.iris(), recordSource, sink);
            }
        }
        if (tables.isEmpty()) {
            throw new MalformedInputException(source.location(), -1, "holds no readable Table Schema (*.json) file", null);
        }
        emitDatasets(tables, context.iris(), recordSource, sink);
    }

    private static List<TableSchema> readTables(Path root, RecordSink sink) {
        TableSchemaReader reader = new TableSchemaReader();
        List<Path> files = jsonFiles(root);
        List<TableSchema> tables = new ArrayList<>();
        for (Path file : files) {
            try {
                Path parent = root.relativize(file).getParent();
                tables.add(reader.read(file, parent == null ? "" : parent.toString().replace('\\', '/')));
            } catch (MalformedInputException e) {
                sink.reject("document " + file, e.getMessage());
            }
            sink.progress(tables.size(), files.size());
        }
        return tables;
    }

    private static TableSchema remoteTable(URI uri, HarvestContext context) {
        byte[] body = context.fetcher().fetch(uri, "application/json").body();
        try {
            Path temp = Files.createTempFile("hdh-tableschema-", ".json");
            try {
                Files.write(temp, body);
                return new TableSchemaReader().read(temp, "");
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot buffer " + uri, e);
        }
    }

    private static void harvestNomenclatures(Path folder, CatalogIris iris, RecordSource source, RecordSink sink) {
        try {
            new NomenclatureReader(iris).readAll(folder, source).forEach(sink::accept);
        } catch (CatalogException | UncheckedIOException e) {
            sink.reject("document " + folder, e.getMessage());
        }
    }

    private static void emitDatasets(List<TableSchema> tables, CatalogIris iris, RecordSource source, RecordSink sink) {
        SndsDictionary dictionary = new SndsDictionary(tables, iris);
        Map<String, CatalogRecord> described = describedDatasets(iris, source);
        Set<Node> referenced = new HashSet<>();
        for (String id : dictionary.datasetIds()) {
            CatalogRecord known = described.get(id);
            Graph g = known != null ? known.content() : shortDescription(iris, id, dictionary.tables(id));
            Node dataset = NodeFactory.createURI(iris.dataset(id));
            g.find(dataset, HealthDCATAP.hasStructuredData.asNode(), Node.ANY).toList().forEach(g::delete);
            dictionary.addVariables(id, g);
            g.find().forEachRemaining(t -> referenced.add(t.getObject()));
            sink.accept(new CatalogRecord(iris.dataset(id), RecordKind.DATASET, g, source));
        }
        producers(iris, source).stream().filter(p -> referenced.contains(p.node())).forEach(sink::accept);
    }

    /** The datasets of the bundled HDH catalogue list (SNDS products first), by id. */
    private static Map<String, CatalogRecord> describedDatasets(CatalogIris iris, RecordSource source) {
        HdhCatalogueReader reader = new HdhCatalogueReader(iris, source);
        Map<String, CatalogRecord> byId = new HashMap<>();
        try {
            List<CatalogRecord> all = new ArrayList<>(reader.datasets(BundledCatalogue.datasets()));
            all.addAll(reader.datasets(BundledCatalogue.sndsProducts(), BundledCatalogue.producers()));
            all.forEach(r -> byId.put(r.iri().substring(iris.dataset("").length()), r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byId;
    }

    private static List<CatalogRecord> producers(CatalogIris iris, RecordSource source) {
        try {
            return new HdhCatalogueReader(iris, source).producers(BundledCatalogue.producers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dataset the catalogue list does not know: its product name and what the dictionary holds. */
    private static Graph shortDescription(CatalogIris iris, String id, List<TableSchema> tables) {
        Graph g = GraphFactory.createDefaultGraph();
        Node d = NodeFactory.createURI(iris.dataset(id));
        String product = tables.get(0).product().isEmpty() ? tables.get(0).folder() : tables.get(0).product();
        g.add(d, RDF.type.asNode(), DCAT.Dataset.asNode());
        g.add(d, DCTerms.title.asNode(), NodeFactory.createLiteralLang(product.isEmpty() ? id : product, "fr"));
        g.add(d, DCTerms.description.asNode(), NodeFactory.createLiteralLang("Tables du produit " + product
                + " décrites par leur dictionnaire des variables (" + tables.size() + " tables).", "fr"));
        g.add(d, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id));
        return g;
    }

    private static List<Path> jsonFiles(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }
}

package fr.hdh.catalog.harvest.catalogue;

import fr.hdh.catalog.harvest.csv.CsvReader;
import fr.hdh.catalog.harvest.csv.CsvRow;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sys.JenaSystem;

/**
 * Reads the HDH seed catalogue (datasets.csv, producers.csv; see the README beside them) into
 * DCAT-AP 3 / HealthDCAT-AP records: one PRODUCER record per organisation, one DATASET record per
 * dataset. An empty cell means "not found in the sources" and writes nothing.
 *
 * <pre>
 * HdhCatalogueReader reader = new HdhCatalogueReader(new CatalogIris("http://localhost:8080/"),
 *         new RecordSource("urn:hdh:demo:catalogue", "hdh-catalogue-reader"));
 * List&lt;CatalogRecord&gt; producers = reader.producers(BundledCatalogue.producers());
 * List&lt;CatalogRecord&gt; datasets = reader.datasets(BundledCatalogue.datasets());
 * </pre>
 *
 * Paths may live in a zip file system (a jar): files are only opened with {@link Files}.
 */
public final class HdhCatalogueReader {
    /** The producer id of the Health Data Hub, the health data access body of every dataset. */
    public static final String HDAB_ID = "hdh";
    /** The columns of datasets.csv (and snds-products.csv). */
    public static final List<String> DATASET_COLUMNS = List.of("id", "short_name", "title_fr", "title_en",
            "description_fr", "description_en", "producer", "producer_type", "data_type", "themes", "population",
            "period_start", "period_end", "spatial", "update_frequency", "access", "catalogue_entry", "source_url");
    /** The columns of producers.csv. */
    public static final List<String> PRODUCER_COLUMNS = List.of("id", "name", "type", "city", "website");

    static {
        // Jena must initialise before any of its vocabulary classes: touched first, org.apache.jena.vocabulary.RDF
        // meets itself half-built during Jena's (and TDB2's) start-up and the whole JVM loses Jena.
        JenaSystem.init();
    }

    private final CatalogIris iris;
    private final RecordSource source;

    public HdhCatalogueReader(CatalogIris iris, RecordSource source) {
        this.iris = iris;
        this.source = source;
    }

    /** One PRODUCER record per row of a producers.csv file. */
    public List<CatalogRecord> producers(Path csv) throws IOException {
        List<CsvRow> rows = rows(csv, PRODUCER_COLUMNS);
        ProducerRecords builder = new ProducerRecords(iris, source, hdabWebsite(csv, websites(rows)));
        return rows.stream().map(builder::record).toList();
    }

    /** One DATASET record per row of {@code csv}, with contact pages from the producers.csv beside it. */
    public List<CatalogRecord> datasets(Path csv) throws IOException {
        return datasets(csv, csv.resolveSibling("producers.csv"));
    }

    /** One DATASET record per row of {@code csv}; {@code producersCsv} gives the producers' websites. */
    public List<CatalogRecord> datasets(Path csv, Path producersCsv) throws IOException {
        Map<String, String> websites = websites(rows(producersCsv, PRODUCER_COLUMNS));
        DatasetRecords builder = new DatasetRecords(iris, source, websites, hdabWebsite(producersCsv, websites));
        List<CsvRow> rows = rows(csv, DATASET_COLUMNS);
        List<CatalogRecord> records = new ArrayList<>();
        for (CsvRow row : rows) {
            if (!websites.containsKey(row.get("producer"))) {
                throw new MalformedInputException(row.source(), row.line(),
                        "producer '" + row.get("producer") + "' is not in " + producersCsv, null);
            }
            records.add(builder.record(row));
        }
        return List.copyOf(records);
    }

    private static List<CsvRow> rows(Path csv, List<String> columns) throws IOException {
        List<CsvRow> rows = CsvReader.read(csv);
        Set<String> ids = new HashSet<>();
        for (CsvRow row : rows) {
            if (!row.cells().keySet().containsAll(columns)) {
                throw new MalformedInputException(csv.toString(), 1, "the header must name the columns " + columns, null);
            }
            if (!row.has("id") || !ids.add(row.get("id"))) {
                throw new MalformedInputException(csv.toString(), row.line(), "missing or repeated id '" + row.get("id") + "'", null);
            }
        }
        return rows;
    }

    private static Map<String, String> websites(List<CsvRow> producers) {
        Map<String, String> websites = new LinkedHashMap<>();
        producers.forEach(row -> websites.put(row.get("id"), row.get("website")));
        return websites;
    }

    private static String hdabWebsite(Path producersCsv, Map<String, String> websites) {
        String website = websites.getOrDefault(HDAB_ID, "");
        if (website.isEmpty()) {
            throw new MalformedInputException(producersCsv.toString(), -1,
                    "the health data access body '" + HDAB_ID + "' must be listed with its website", null);
        }
        return website;
    }
}

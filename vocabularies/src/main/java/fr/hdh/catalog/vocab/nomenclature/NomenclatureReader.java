package fr.hdh.catalog.vocab.nomenclature;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads SNDS nomenclatures ({@code <source>/<NAME>.json} and, when present, {@code <NAME>.csv}) into
 * catalogue records of kind vocabulary: one {@code skos:ConceptScheme} named
 * {@code iris.vocabulary("snds", NAME)} with one {@code skos:Concept} per code. Works on any
 * {@link Path}, including one inside a jar. Rows that cannot become concepts are skipped and counted
 * in {@link #tally()}.
 *
 * <pre>
 * NomenclatureReader reader = new NomenclatureReader(iris);
 * List&lt;CatalogRecord&gt; schemes = reader.readAll(Path.of("snds/nomenclatures"), source);
 * System.out.println(reader.tally());   // 505 schemes (8 without values), 242155 rows, …
 * </pre>
 */
public final class NomenclatureReader {
    /** The vocabulary source under which the SNDS code lists are published. */
    public static final String VOCABULARY_SOURCE = "snds";

    private final CatalogIris iris;
    private final ConceptSchemeWriter writer;
    private final NomenclatureTally tally = new NomenclatureTally();

    public NomenclatureReader(CatalogIris iris) {
        this.iris = iris;
        this.writer = new ConceptSchemeWriter(iris);
    }

    /** What this reader has read since it was made, and what it skipped. */
    public NomenclatureTally tally() {
        return tally;
    }

    /**
     * Every {@code *.json} nomenclature under {@code root}, each with its sibling CSV when there is one; the copies of
     * the CIM-10 among them linked to the reference list ({@link Icd10Copies}).
     */
    public List<CatalogRecord> readAll(Path root, RecordSource source) {
        List<Path> schemas;
        try (Stream<Path> walk = Files.walk(root)) {
            schemas = walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
        // Files are independent: reading them on all cores halves the time on two.
        List<CatalogRecord> records = schemas.parallelStream().map(json -> {
            Path csv = json.resolveSibling(NomenclatureSchemaReader.baseName(json) + ".csv");
            return read(json, Files.isRegularFile(csv) ? Optional.of(csv) : Optional.empty(), source);
        }).toList();
        tally.copyLinks(Icd10Copies.link(records, iris));
        return records;
    }

    /**
     * One nomenclature: the scheme from {@code json}, its concepts from {@code csv} when given.
     *
     * @throws fr.hdh.catalog.core.MalformedInputException when the JSON does not parse or a quoted CSV
     *     value is never closed
     */
    public CatalogRecord read(Path json, Optional<Path> csv, RecordSource source) {
        NomenclatureSchema schema = NomenclatureSchemaReader.read(json, folderName(json));
        String schemeIri = iris.vocabulary(VOCABULARY_SOURCE, schema.name());
        Node scheme = NodeFactory.createURI(schemeIri);
        Graph g = GraphFactory.createDefaultGraph();
        writer.addScheme(g, scheme, schema);
        NomenclatureTally counted = new NomenclatureTally();
        if (csv.isPresent()) {
            addConcepts(g, scheme, schema, csv.get(), counted);
        }
        counted.scheme(csv.isPresent());
        tally.add(counted);
        return new CatalogRecord(schemeIri, RecordKind.VOCABULARY, g, source);
    }

    private void addConcepts(Graph g, Node scheme, NomenclatureSchema schema, Path csv, NomenclatureTally counted) {
        // No BufferedReader: the CSV parser buffers itself.
        try (InputStreamReader in = new InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8);
                SemicolonCsv rows = new SemicolonCsv(in, csv.toString())) {
            writer.addConcepts(g, scheme, schema, rows, counted);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv, e);
        }
    }

    /** The folder a nomenclature is filed under names its source system (ORAVAL, ATIH…). */
    private static String folderName(Path json) {
        Path parent = json.getParent();
        if (parent == null || parent.getFileName() == null) {
            return "";
        }
        String name = parent.getFileName().toString();
        // A folder inside a jar's file system may print with its trailing slash.
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}

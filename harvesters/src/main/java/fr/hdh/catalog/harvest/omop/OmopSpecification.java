package fr.hdh.catalog.harvest.omop;

import fr.hdh.catalog.harvest.csv.CsvReader;
import fr.hdh.catalog.harvest.csv.CsvRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The OMOP CDM specification tables as OHDSI publishes them in {@code inst/csv}: one file of tables,
 * one of fields, read from a folder (also one inside a jar).
 *
 * <pre>
 * OmopSpecification cdm = OmopSpecification.read(Path.of("omop"), "5.4");
 * cdm.tables().size();          // 39
 * cdm.fieldsOf("person");       // person_id, gender_concept_id, …
 * </pre>
 *
 * @param tables the tables in file order
 * @param fields the fields in file order
 */
public record OmopSpecification(List<OmopTable> tables, List<OmopField> fields) {
    /** The specification's word for "no value". */
    private static final String NOT_AVAILABLE = "NA";

    public OmopSpecification {
        tables = List.copyOf(tables);
        fields = List.copyOf(fields);
    }

    /** Reads {@code OMOP_CDMv<version>_Table_Level.csv} and {@code …_Field_Level.csv} from {@code folder}. */
    public static OmopSpecification read(Path folder, String version) {
        List<OmopTable> tables = rows(folder.resolve("OMOP_CDMv" + version + "_Table_Level.csv")).stream()
                .map(r -> new OmopTable(text(r, "cdmTableName"), text(r, "tableDescription"),
                        text(r, "userGuidance"), text(r, "etlConventions")))
                .toList();
        List<OmopField> fields = rows(folder.resolve("OMOP_CDMv" + version + "_Field_Level.csv")).stream()
                .map(OmopSpecification::field)
                .toList();
        return new OmopSpecification(tables, fields);
    }

    /** The fields of one table, in file order. */
    public List<OmopField> fieldsOf(String table) {
        return fields.stream().filter(f -> f.table().equals(table)).toList();
    }

    private static OmopField field(CsvRow r) {
        return new OmopField(
                text(r, "cdmTableName"),
                text(r, "cdmFieldName"),
                yes(r, "isRequired"),
                text(r, "cdmDatatype"),
                text(r, "userGuidance"),
                text(r, "etlConventions"),
                yes(r, "isPrimaryKey"),
                yes(r, "isForeignKey") ? text(r, "fkTableName") : "",
                text(r, "fkFieldName"));
    }

    private static List<CsvRow> rows(Path file) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            return CsvReader.read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String text(CsvRow r, String column) {
        String v = r.get(column).trim();
        return v.equals(NOT_AVAILABLE) ? "" : v;
    }

    private static boolean yes(CsvRow r, String column) {
        return r.get(column).trim().toLowerCase(Locale.ROOT).equals("yes");
    }
}

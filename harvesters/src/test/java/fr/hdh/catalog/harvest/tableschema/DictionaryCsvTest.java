package fr.hdh.catalog.harvest.tableschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The producers' data dictionary formats: the CSV template shipped in {@code docs/} (several tables in one
 * file, titles, types, code lists, primary keys) and a Data Package with inline Table Schemas; each
 * malformed file refused naming its line and column.
 */
class DictionaryCsvTest {

    @Test
    void theShippedTemplateReadsAsItsTablesInOrder() throws IOException {
        List<TableSchema> tables;
        try (InputStream in = Files.newInputStream(Path.of("..", "docs", "data-dictionary-template.csv"))) {
            tables = DictionaryCsv.read(in, "template");
        }
        assertEquals(List.of("SEJOUR", "PATIENT"), tables.stream().map(TableSchema::name).toList());
        TableSchema stays = tables.get(0);
        assertEquals("Séjours hospitaliers", stays.title());
        assertEquals(List.of("SEJ_NUM"), stays.primaryKey());
        FieldSchema diagnosis = stays.fields().stream().filter(f -> f.name().equals("DGN_PAL")).findFirst().orElseThrow();
        assertEquals("Diagnostic principal", diagnosis.title());
        assertEquals("Diagnostic principal du séjour, codé en CIM-10", diagnosis.description());
        assertEquals("IR_CIM_V", diagnosis.codeListName().orElseThrow());
        assertEquals("year", tables.get(1).fields().get(2).type());
    }

    @Test
    void aFileThatBreaksARuleIsRefusedWithItsLineAndColumn() {
        assertEquals("csv, line 3: column name: empty; every row needs a name",
                refusal("table,name\nT,A\nT,\n"));
        assertTrue(refusal("table,name,type\nT,A,texte\n").startsWith("csv, line 2: column type: 'texte' is not a Table Schema type"));
        assertTrue(refusal("table,name\nT,A\nT,A\n").contains("line 3: column name: variable A is given twice in table T"));
        assertTrue(refusal("table,nom\nT,A\n").contains("line 1: unknown column nom"));
        assertTrue(refusal("name,title\nA,x\n").contains("line 1: missing column table"));
        assertTrue(refusal("table,name,primary_key\nT,A,maybe\n").contains("line 2: column primary_key: 'maybe' is neither yes nor no"));
        assertTrue(refusal("table,name\n").contains("no variable"));
        assertTrue(refusal("table,name,title\nT,A\n").contains("line 2: expected 3 cells, found 2"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotGuessed() {
        byte[] latin1 = "table,name,title\nT,A,Année\n".getBytes(StandardCharsets.ISO_8859_1);
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> DictionaryCsv.read(new ByteArrayInputStream(latin1), "csv"));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void aDataPackageGivesOneTablePerResourceWithAnInlineSchema() throws IOException {
        String pkg = """
                {"name": "registre", "resources": [
                  {"name": "patients", "title": "Patients", "path": "patients.csv",
                   "schema": {"fields": [{"name": "id", "type": "integer", "title": "Identifiant"},
                                         {"name": "naissance", "type": "date"}], "primaryKey": "id"}},
                  {"name": "sejours", "path": "sejours.csv",
                   "schema": {"fields": [{"name": "id_patient", "type": "integer"}],
                              "foreignKeys": [{"fields": "id_patient", "reference": {"resource": "patients", "fields": "id"}}]}}]}
                """;
        List<TableSchema> tables = new TableSchemaReader().readTables(
                new ByteArrayInputStream(pkg.getBytes(StandardCharsets.UTF_8)), "package");
        assertEquals(List.of("patients", "sejours"), tables.stream().map(TableSchema::name).toList());
        assertEquals("Patients", tables.get(0).title());
        assertEquals("Identifiant", tables.get(0).fields().get(0).title());
        assertEquals(List.of("id"), tables.get(0).primaryKey());
        assertEquals("patients", tables.get(1).foreignKeys().get(0).referencedTable());

        String byPath = "{\"resources\": [{\"name\": \"t\", \"schema\": \"schema.json\"}]}";
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> new TableSchemaReader()
                .readTables(new ByteArrayInputStream(byPath.getBytes(StandardCharsets.UTF_8)), "package"));
        assertTrue(e.getMessage().contains("resources[0] has no inline \"schema\""), e.getMessage());
    }

    private static String refusal(String csv) {
        return assertThrows(MalformedInputException.class,
                () -> DictionaryCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "csv")).getMessage();
    }
}

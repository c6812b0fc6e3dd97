package fr.hdh.catalog.harvest.tableschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableSchemaReaderTest {
    private static final Path SCHEMAS = TestResources.path("/tableschema/schemas");

    private final TableSchemaReader reader = new TableSchemaReader();

    @Test
    void readsTableKeysAndForeignKeysWrittenAsStringsOrArrays() {
        TableSchema prestations = reader.read(SCHEMAS.resolve("DCIR/ER_PRS_F.json"));

        assertEquals("ER_PRS_F", prestations.name());
        assertEquals("Table des prestations", prestations.title());
        assertEquals("DCIR", prestations.product());
        assertEquals(123, prestations.fields().size());
        assertEquals(9, prestations.primaryKey().size());
        // The file writes this key's fields as plain strings, IR_BEN_R's key as arrays.
        assertEquals(new ForeignKey(List.of("PFS_EXE_NUM"), "DA_PRA_R", List.of("PFS_PFS_NUM")),
                prestations.foreignKeys().get(0));
        assertTrue(prestations.foreignKeys().contains(new ForeignKey(
                List.of("BEN_NIR_PSA", "BEN_RNG_GEM"), "IR_BEN_R", List.of("BEN_NIR_PSA", "BEN_RNG_GEM"))));
    }

    @Test
    void readsFieldDetailsAndTheNomenclatureNameWithoutItsColumn() {
        TableSchema prestations = reader.read(SCHEMAS.resolve("DCIR/ER_PRS_F.json"));
        TableSchema stays = reader.read(SCHEMAS.resolve("PMSI/PMSI MCO/T_MCOaaB.json"));

        FieldSchema age = field(prestations, "BEN_AMA_COD");
        assertEquals("integer", age.type());
        assertEquals("4", age.length());
        assertEquals(Optional.of("IR_AMA_V"), age.codeListName());
        // DGN_PAL's nomenclature is written "MS_CIM_V:CIM_COD": the list, then its code column.
        assertEquals(Optional.of("MS_CIM_V"), field(stays, "DGN_PAL").codeListName());
        assertEquals(Optional.empty(), field(prestations, "BEN_CMU_TOP").codeListName());
    }

    @Test
    void readsATreeWithEachTableFolderRelativeToTheRoot() {
        List<TableSchema> tables = reader.readTree(SCHEMAS);

        assertEquals(5, tables.size());
        Map<String, String> folderByTable = Map.of("ER_PRS_F", "DCIR", "DA_PRA_R", "DCIR_DCIRS",
                "IR_BEN_R", "BENEFICIAIRE", "T_MCOaaB", "PMSI/PMSI MCO", "MA_REM_FT", "DAMIR");
        tables.forEach(t -> assertEquals(folderByTable.get(t.name()), t.folder(), t.name()));
    }

    @Test
    void readsATreeInsideAZipFileSystemAsFromAJar(@TempDir Path temp) throws IOException {
        Path zip = temp.resolve("demo.jar");
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            copyTree(SCHEMAS, jar.getPath("/hdh/schemas"));
        }
        try (FileSystem jar = FileSystems.newFileSystem(zip)) {
            List<TableSchema> tables = reader.readTree(jar.getPath("/hdh/schemas"));

            assertEquals(5, tables.size());
            assertTrue(tables.stream().anyMatch(t -> t.folder().equals("PMSI/PMSI MCO")));
        }
    }

    @Test
    void truncatedFileIsReportedWithItsNameAndLine() {
        Path truncated = TestResources.path("/tableschema/malformed/ER_PRS_F.json");

        MalformedInputException e = assertThrows(MalformedInputException.class, () -> reader.read(truncated));

        assertTrue(e.source().endsWith("ER_PRS_F.json"), e.source());
        assertTrue(e.getMessage().contains("ER_PRS_F.json, line " + e.line()), e.getMessage());
        // The cut is on line 94 of the 3,000 bytes kept: the parser notices at or just after it.
        assertTrue(e.line() >= 94, "line " + e.line());
    }

    private static FieldSchema field(TableSchema table, String name) {
        return table.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}

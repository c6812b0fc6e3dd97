package fr.hdh.catalog.harvest.omop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.harvest.tableschema.TestResources;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void readsQuotedCommasDoubledQuotesAndLineBreaks() throws IOException {
        List<CsvRow> rows = read("/omop/OMOP_CDMv5.4_Field_Level_first30.csv");

        assertEquals(30, rows.size());
        CsvRow ethnicity = rows.get(7);
        assertEquals("ethnicity_concept_id", ethnicity.get("cdmFieldName"));
        assertTrue(ethnicity.get("userGuidance").contains("between \"Hispanic\" and \"Not Hispanic\". Races"),
                ethnicity.get("userGuidance"));
        assertEquals("CONCEPT", ethnicity.get("fkTableName"));
        CsvRow visitEnd = rows.stream().filter(r -> r.get("cdmFieldName").equals("visit_end_date")).findFirst().orElseThrow();
        assertTrue(visitEnd.get("etlConventions").contains("\n"), "the value spans lines");
        assertEquals("integer", rows.get(0).get("cdmDatatype"));
    }

    @Test
    void eachRowKnowsTheLineItStartsOn() throws IOException {
        List<CsvRow> rows = read("/omop/OMOP_CDMv5.4_Field_Level_first30.csv");

        assertEquals(2, rows.get(0).line());
        CsvRow last = rows.get(rows.size() - 1);
        // The file has 37 lines: one value spans several, so the 30th record starts on line 37.
        assertEquals(37, last.line());
    }

    @Test
    void unclosedQuoteIsReportedWithTheLineOfItsRow() {
        Path file = TestResources.path("/omop/OMOP_unclosed_quote.csv");

        MalformedInputException e = assertThrows(MalformedInputException.class, () -> {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                CsvRows.read(in, file.toString());
            }
        });
        assertEquals(9, e.line());
        assertTrue(e.getMessage().contains("OMOP_unclosed_quote.csv, line 9"), e.getMessage());
    }

    @Test
    void textAfterAClosingQuoteAndRowsOfTheWrongWidthAreRefused() {
        MalformedInputException afterQuote = assertThrows(MalformedInputException.class,
                () -> CsvRows.read(new StringReader("a,b\n\"x\"y,1\n"), "t.csv"));
        assertEquals(2, afterQuote.line());

        MalformedInputException width = assertThrows(MalformedInputException.class,
                () -> CsvRows.read(new StringReader("a,b\n1,2\n\n3\n"), "t.csv"));
        assertEquals(4, width.line());
    }

    private static List<CsvRow> read(String resource) throws IOException {
        Path file = TestResources.path(resource);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CsvRows.read(in, file.toString());
        }
    }
}

package fr.hdh.catalog.harvest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() throws Exception {
        String csv = "id,text,other\r\n"
                + "a,\"one, two\",\"she said \"\"hi\"\"\"\r\n"
                + "b,\"first line\nsecond line\",\r\n"
                + "c,plain,\"\"\n";
        List<CsvRow> rows = CsvReader.read(new StringReader(csv), "inline.csv");

        assertEquals(3, rows.size());
        assertEquals("one, two", rows.get(0).cells().get("text"));
        assertEquals("she said \"hi\"", rows.get(0).cells().get("other"));
        assertEquals("first line\nsecond line", rows.get(1).cells().get("text"));
        assertEquals("first line second line", rows.get(1).get("text"), "get() folds white space");
        assertEquals("", rows.get(1).get("other"));
        assertEquals("", rows.get(2).get("other"));
        assertEquals(2, rows.get(0).line());
        assertEquals(5, rows.get(2).line(), "a line break inside quotes moves the next record down");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
        List<CsvRow> rows = CsvReader.read(new StringReader("\uFEFFid,name\nx,y\n"), "bom.csv");
        assertEquals("x", rows.get(0).get("id"));
    }

    @Test
    void anUnterminatedQuoteNamesTheFileAndTheLine() throws Exception {
        Path file = Path.of(getClass().getResource("/catalogue/unterminated-quote.csv").toURI());

        MalformedInputException e = assertThrows(MalformedInputException.class, () -> CsvReader.read(file));

        assertEquals(file.toString(), e.source());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unterminated-quote.csv, line 3"), e.getMessage());
    }

    @Test
    void aRecordWithTheWrongNumberOfCellsIsRefused() {
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> CsvReader.read(new StringReader("a,b\n1,2\n1,2,3\n"), "short.csv"));
        assertEquals(3, e.line());
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> CsvReader.read(new StringReader("a,b\n\"x\"y,2\n"), "stray.csv"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("stray.csv, line 2: text after a closing quote"), e.getMessage());
    }

    @Test
    void blankLinesAreSkippedAndDoNotShiftLineNumbers() throws Exception {
        List<CsvRow> rows = CsvReader.read(new StringReader("a,b\r\n\r\n1,2\r\n\r\n"), "blank.csv");

        assertEquals(1, rows.size());
        assertEquals(3, rows.get(0).line());
    }

    @Test
    void aDuplicateColumnNameIsRefused() {
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> CsvReader.read(new StringReader("a,b,a\n1,2,3\n"), "dup.csv"));
        assertTrue(e.getMessage().contains("duplicate column name"), e.getMessage());
    }
}

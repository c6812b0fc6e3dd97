package fr.hdh.catalog.vocab.nomenclature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dialect quirks seen in the real nomenclature files, each on a line taken from one of them; then the reader's own guarantees. */
class SemicolonCsvTest {

    @Test
    void quotedSeparatorStaysInTheValue() throws IOException {
        // ORAVAL/AT_CAU_V.csv
        List<List<String>> rows = rows("C0M0B;\"sulfate de terbutaline ; salbutamol\";0\n");

        assertEquals(List.of(List.of("C0M0B", "sulfate de terbutaline ; salbutamol", "0")), rows);
    }

    @Test
    void quoteInsideAnUnquotedValueIsACharacter() throws IOException {
        List<List<String>> rows = rows("ape11;Filtre sur \"Abandonné\";SPA_B\n");

        assertEquals(List.of("ape11", "Filtre sur \"Abandonné\"", "SPA_B"), rows.get(0));
    }

    @Test
    void blankLinesAreSkippedAndLinesCounted() throws IOException {
        SemicolonCsv csv = new SemicolonCsv(new StringReader("A;B\n\n\"x\ny\";1\n2;3"), "t.csv");
        List<String> row = new ArrayList<>();

        assertTrue(csv.next(row));
        assertTrue(csv.next(row));
        assertEquals(List.of("x\ny", "1"), row);
        assertEquals(3, csv.recordLine());
        assertTrue(csv.next(row));
        assertEquals(5, csv.recordLine());
        assertFalse(csv.next(row));
    }

    @Test
    void byteOrderMarkAndCarriageReturnsAreNotPartOfTheValues() throws IOException {
        List<List<String>> rows = rows("\uFEFF\"COD\";LIB\r\nA;\"x\"\r\nB;\r\n");

        assertEquals(List.of(List.of("COD", "LIB"), List.of("A", "x"), List.of("B", "")), rows);
    }

    @Test
    void anUnclosedQuoteNamesTheLineItsRecordStartsOn() {
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> rows("A;B\n1;\"open\n\nstill open\n"));

        assertEquals("t.csv", e.source());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    private static List<List<String>> rows(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (SemicolonCsv csv = new SemicolonCsv(new StringReader(text), "t.csv")) {
            List<String> row = new ArrayList<>();
            while (csv.next(row)) {
                rows.add(List.copyOf(row));
            }
        }
        return rows;
    }
}

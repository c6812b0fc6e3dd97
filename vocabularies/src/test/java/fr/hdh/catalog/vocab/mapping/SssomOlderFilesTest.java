package fr.hdh.catalog.vocab.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.MalformedInputException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Mapping sets written before SSSOM 0.9.1, or saved by a spreadsheet, are read as today's (our own file,
 * {@code sssom/legacy-slots.sssom.tsv}, see SOURCES.md there).
 */
class SssomOlderFilesTest {
    private final MappingSet set = SssomTsvReader.read("legacy-slots.sssom.tsv", SssomRoundTripTest.text("legacy-slots"));

    @Test
    void theSlotsRenamedIn091AreReadAsTodays() {
        List<Mapping> m = set.mappings();
        assertEquals(3, m.size(), "the header's padding tabs and the line ends of Windows are no obstacle");
        assertEquals(Optional.of("semapv:ManualMappingCuration"), m.get(0).first("mapping_justification"));
        assertEquals(Optional.of("semapv:LexicalMatching"), m.get(1).first("mapping_justification"));
        assertEquals(Optional.of("semapv:SemanticSimilarityThresholdMatching"), m.get(2).first("mapping_justification"));
        assertEquals(Optional.of("owl class"), m.get(0).first("subject_type"));
        assertEquals(Optional.of("skos concept"), m.get(2).first("object_type"));
        assertEquals(Optional.of("embedding cosine"), m.get(2).first("similarity_measure"));
        assertTrue(m.get(1).first("similarity_score").isPresent());
        assertFalse(m.get(1).values().containsKey("match_type"), "no old slot is kept beside the new one");
    }

    @Test
    void writtenAgainTheyUseTodaysSlots() {
        String tsv = SssomTsvWriter.write(set);
        String columns = tsv.lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertTrue(columns.contains("mapping_justification") && !columns.contains("match_type"), columns);
        assertEquals(set.mappings(), SssomTsvReader.read("again.sssom.tsv", tsv).mappings());
    }

    @Test
    void anOldMatchTypeOutsideItsEnumerationIsRefusedNamed() {
        String text = SssomRoundTripTest.text("legacy-slots").replace("\tLexical\t", "\tByEye\t");
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> SssomTsvReader.read("legacy-slots.sssom.tsv", text));
        assertEquals(12, e.line(), "the second mapping");
        assertTrue(e.getMessage().contains("column 6 (match_type): 'ByEye'"), e.getMessage());
        assertTrue(e.getMessage().contains("HumanCurated"), "the values it may take: " + e.getMessage());
    }

    @Test
    void aValueBeyondTheLastColumnIsStillRefused() {
        String text = SssomRoundTripTest.text("legacy-slots").replace("embedding cosine\t", "embedding cosine\tstray");
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> SssomTsvReader.read("legacy-slots.sssom.tsv", text));
        assertTrue(e.getMessage().contains("column 10: a cell beyond the 9 named columns"), e.getMessage());
    }
}

package fr.hdh.catalog.core.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamePartsTest {
    @Test
    void theKnownPartsOfAnSndsNameGiveTheirEnglishWordsInOrder() {
        assertEquals(Optional.of("beneficiary patient death deceased date"), NameParts.SNDS.english("BEN_DCD_DTE"));
        assertEquals(Optional.of("diagnosis main principal"), NameParts.SNDS.english("dgn_pal"), "in any case");
    }

    @Test
    void aNameWithNoKnownPartGivesNothing() {
        assertTrue(NameParts.SNDS.english("XYZ_QQQ").isEmpty());
        assertTrue(NameParts.SNDS.english("condition_occurrence").isEmpty(), "OMOP's English names are left as they are");
    }

    @Test
    void mixedCaseCodesAreAlsoReadPartByPart() {
        assertEquals("T SSR aa CSARR", Documents.codeWords("T_SSRaaCSARR"));
        assertEquals("condition occurrence", Documents.codeWords("condition_occurrence"));
        assertEquals("DGN PAL", Documents.codeWords("DGN_PAL"));
    }
}

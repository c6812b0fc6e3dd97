package fr.hdh.catalog.core.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped glossary of the field's acronyms, used both ways on the text a researcher types. */
class AcronymsTest {
    private final Acronyms glossary = Acronyms.SNDS;

    @Test
    void anAcronymIsSpelledOutWhereItStandsInTheText() {
        assertEquals(List.of("séjours Hospitalisation à domicile"), glossary.alternatives("séjours HAD"));
        assertEquals(List.of("Recueil d'Information Médicalisé pour la Psychiatrie"), glossary.alternatives("RIM-P"));
        assertEquals(List.of("Centre d'épidémiologie sur les causes médicales de décès"), glossary.alternatives("cepidc"),
                "acronyms of four letters or more in any case and accents");
    }

    @Test
    void anExpansionIsAbbreviatedWhateverItsCaseAndAccents() {
        assertEquals(List.of("SSR"), glossary.alternatives("Soins de suite et de readaptation"));
        assertEquals(List.of("sejours en HAD"), glossary.alternatives("séjours en hospitalisation à domicile"));
    }

    @Test
    void shortAcronymsCountOnlyInCapitalsSoCommonWordsStayWords() {
        assertEquals(List.of("Diagnostic principal"), glossary.alternatives("DP"));
        assertTrue(glossary.alternatives("dp").isEmpty());
        assertTrue(glossary.alternatives("the patient had a stay").isEmpty(), "English 'had' is not HAD");
        assertTrue(glossary.alternatives("mode de sortie").isEmpty());
    }
}

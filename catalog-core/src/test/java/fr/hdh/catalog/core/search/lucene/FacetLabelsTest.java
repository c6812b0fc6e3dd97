package fr.hdh.catalog.core.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FacetLabelsTest {
    @Test
    void anIriWithoutALabelReadsAsTheWordsOfItsLastSegment() {
        assertEquals("Non public", FacetLabels.plainWords("http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC"));
    }

    @Test
    void aTextValueIsItsOwnLabelEvenWithSlashesInIt() {
        assertEquals("Catalogue SNDS (arrêté du 12/05/2022)", FacetLabels.plainWords("catalogue SNDS (arrêté du 12/05/2022)"),
                "a catalogue entry with a date, not cut at its last slash");
    }
}

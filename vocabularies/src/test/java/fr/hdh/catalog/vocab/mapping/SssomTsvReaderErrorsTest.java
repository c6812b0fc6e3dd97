package fr.hdh.catalog.vocab.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.MalformedInputException;
import org.junit.jupiter.api.Test;

/** A malformed SSSOM file is refused with the line and column of the problem. */
class SssomTsvReaderErrorsTest {
    private static final String HEADER = """
            #curie_map:
            #  HP: http://purl.obolibrary.org/obo/HP_
            #  MP: http://purl.obolibrary.org/obo/MP_
            #mapping_set_id: https://example.org/sets/errors
            """;

    private static MalformedInputException refused(String text) {
        return assertThrows(MalformedInputException.class, () -> SssomTsvReader.read("bad.sssom.tsv", text));
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        MalformedInputException e = refused(HEADER + "subject_id\tpredicate_id\tobject_id\n"
                + "MP:0001293\tskos:exactMatch\tHP:0000528\n");
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("missing required column mapping_justification"), e.getMessage());
    }

    @Test
    void anUndeclaredPrefixIsNamedWithItsLineAndColumn() {
        MalformedInputException e = refused(HEADER + "subject_id\tpredicate_id\tobject_id\tmapping_justification\n"
                + "MP:0001293\tskos:exactMatch\tHP:0000528\tsemapv:LexicalMatching\n"
                + "MP:0001293\tskos:exactMatch\tDOID:0001\tsemapv:LexicalMatching\n");
        assertEquals(7, e.line());
        assertTrue(e.getMessage().contains("column 3 (object_id)"), e.getMessage());
        assertTrue(e.getMessage().contains("'DOID'"), e.getMessage());
    }

    @Test
    void aConfidenceOutsideZeroToOneIsRefused() {
        MalformedInputException e = refused(HEADER + "subject_id\tpredicate_id\tobject_id\tmapping_justification\tconfidence\n"
                + "MP:0001293\tskos:exactMatch\tHP:0000528\tsemapv:LexicalMatching\t1.5\n");
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("column 5 (confidence)"), e.getMessage());
        MalformedInputException nan = refused(HEADER + "subject_id\tpredicate_id\tobject_id\tmapping_justification\tconfidence\n"
                + "MP:0001293\tskos:exactMatch\tHP:0000528\tsemapv:LexicalMatching\thigh\n");
        assertTrue(nan.getMessage().contains("'high' is not a number"), nan.getMessage());
    }

    @Test
    void aSetWithoutIdIsRefused() {
        MalformedInputException e = refused("#curie_map:\n#  HP: http://purl.obolibrary.org/obo/HP_\n"
                + "subject_id\tpredicate_id\tobject_id\tmapping_justification\n");
        assertTrue(e.getMessage().contains("mapping_set_id"), e.getMessage());
    }

    @Test
    void brokenYamlIsNamedWithItsLine() {
        MalformedInputException e = refused("#curie_map:\n#  HP: [unclosed\n#mapping_set_id: x\n"
                + "subject_id\tpredicate_id\tobject_id\tmapping_justification\n");
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
        assertTrue(e.line() > 0);
    }

    @Test
    void aByteOrderMarkAndATrailingTabAreHarmless() {
        MappingSet set = SssomTsvReader.read("bom.sssom.tsv", "\uFEFF" + HEADER + "subject_id\tpredicate_id\tobject_id\tmapping_justification\t\r\n"
                + "MP:0001293\tskos:exactMatch\tHP:0000528\tsemapv:LexicalMatching\t\r\n");
        assertEquals(1, set.mappings().size());
        assertEquals("https://example.org/sets/errors", set.id());
        MalformedInputException e = refused(HEADER + "subject_id\tpredicate_id\tobject_id\tmapping_justification\t\n"
                + "MP:0001293\tskos:exactMatch\tHP:0000528\tsemapv:LexicalMatching\tstray\n");
        assertTrue(e.getMessage().contains("column 5"), e.getMessage());
    }
}

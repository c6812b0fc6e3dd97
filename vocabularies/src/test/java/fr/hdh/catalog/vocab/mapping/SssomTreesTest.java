package fr.hdh.catalog.vocab.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.MalformedInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The SSSOM JSON shape: every real file as a tree reads back the same; JSON-LD prefixes are read too. */
class SssomTreesTest {
    @TestFactory
    Stream<DynamicTest> aTreeReadsBackAsTheSameSet() {
        return SssomRoundTripTest.FILES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            MappingSet set = SssomTsvReader.read(name, SssomRoundTripTest.text(name));
            assertEquals(set, SssomTrees.read(SssomTrees.tree(set), name + " as JSON"));
        }));
    }

    @Test
    void multiValuedSlotsAreListsAndNumbersNumbers() {
        MappingSet set = SssomTsvReader.read("mgi", SssomRoundTripTest.text("mp_hp_mgi_all"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> mappings = (List<Map<String, Object>>) SssomTrees.tree(set).get("mappings");
        assertEquals(List.of("orcid:0000-0003-4606-0597", "orcid:0000-0002-6490-7723"), mappings.get(5).get("author_id"));
        assertEquals(1.0, mappings.get(0).get("confidence"));
    }

    @Test
    void prefixesMayComeAsAJsonLdContext() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("@context", Map.of("HP", "http://purl.obolibrary.org/obo/HP_", "MP", "http://purl.obolibrary.org/obo/MP_",
                "@vocab", "https://w3id.org/sssom/"));
        tree.put("mapping_set_id", "https://example.org/sets/json-ld");
        tree.put("mappings", List.of(Map.of("subject_id", "MP:0001293", "predicate_id", "skos:exactMatch",
                "object_id", "HP:0000528", "mapping_justification", "semapv:LexicalMatching", "confidence", 0.9)));
        MappingSet set = SssomTrees.read(tree, "json-ld");
        assertEquals("http://purl.obolibrary.org/obo/HP_0000528",
                set.curies().expand(set.mappings().get(0).first("object_id").orElseThrow()).orElseThrow());
        assertEquals("0.9", set.mappings().get(0).first("confidence").orElseThrow());
    }

    @Test
    void aMappingWithoutPredicateIsNamedByItsIndex() {
        Map<String, Object> tree = Map.of("mapping_set_id", "https://example.org/x", "curie_map", Map.of(),
                "mappings", List.of(Map.of("subject_id", "skos:Concept", "object_id", "skos:Concept",
                        "predicate_id", "skos:exactMatch", "mapping_justification", "semapv:LexicalMatching"), Map.of("subject_id", "skos:Concept")));
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> SssomTrees.read(tree, "posted"));
        assertTrue(e.getMessage().contains("mappings[1].predicate_id"), e.getMessage());
    }
}

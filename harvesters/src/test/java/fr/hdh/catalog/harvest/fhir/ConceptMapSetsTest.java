package fr.hdh.catalog.harvest.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.harvest.demo.DemoContent;
import fr.hdh.catalog.vocab.mapping.Mapping;
import fr.hdh.catalog.vocab.mapping.MappingSet;
import fr.hdh.catalog.vocab.mapping.SssomTsvReader;
import fr.hdh.catalog.vocab.mapping.SssomTsvWriter;
import java.util.List;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;
import org.junit.jupiter.api.Test;

/**
 * The demo mapping set exported as a FHIR R4 ConceptMap parses back in HAPI, on its own context, with
 * the same groups, elements and targets; a ConceptMap read gives back the mappings' subjects, predicates
 * and objects.
 */
class ConceptMapSetsTest {
    private static final CatalogIris IRIS = new CatalogIris("http://test.example/");

    @Test
    void theDemoSetExportsAsAConceptMapHapiReadsBack() {
        MappingSet set = DemoContent.mappingSet(IRIS);
        ConceptMap built = ConceptMapSets.toConceptMap(set);
        String json = ConceptMapSets.toJson(set);
        ConceptMap parsed = FhirContext.forR4().newJsonParser().parseResource(ConceptMap.class, json);

        assertEquals(built.getGroup().size(), parsed.getGroup().size());
        int targets = 0;
        for (int g = 0; g < built.getGroup().size(); g++) {
            ConceptMap.ConceptMapGroupComponent a = built.getGroup().get(g);
            ConceptMap.ConceptMapGroupComponent b = parsed.getGroup().get(g);
            assertEquals(a.getSource(), b.getSource());
            assertEquals(a.getTarget(), b.getTarget());
            assertEquals(a.getElement().size(), b.getElement().size());
            for (int e = 0; e < a.getElement().size(); e++) {
                assertEquals(a.getElement().get(e).getCode(), b.getElement().get(e).getCode());
                assertEquals(a.getElement().get(e).getDisplay(), b.getElement().get(e).getDisplay());
                for (int t = 0; t < a.getElement().get(e).getTarget().size(); t++) {
                    assertEquals(a.getElement().get(e).getTarget().get(t).getCode(), b.getElement().get(e).getTarget().get(t).getCode());
                    assertEquals(a.getElement().get(e).getTarget().get(t).getEquivalence(),
                            b.getElement().get(e).getTarget().get(t).getEquivalence());
                    targets++;
                }
            }
        }
        assertEquals(set.mappings().size(), targets, "one target per mapping");
        assertEquals("http://test.example/mapping-set/snds-omop-fhir", parsed.getUrl());
        assertEquals("draft", parsed.getStatus().toCode(), "the demo's mappings are proposed, not reviewed");

        ConceptMap.ConceptMapGroupComponent toFhir = parsed.getGroup().stream()
                .filter(g -> g.getSource().endsWith("/IR_BEN_R/variable") && g.getTarget().equals("http://hl7.org/fhir"))
                .findFirst().orElseThrow();
        ConceptMap.SourceElementComponent sex = toFhir.getElement().stream()
                .filter(e -> e.getCode().equals("BEN_SEX_COD")).findFirst().orElseThrow();
        assertEquals("Patient.gender", sex.getTargetFirstRep().getCode());
        assertEquals(ConceptMapEquivalence.INEXACT, sex.getTargetFirstRep().getEquivalence());
    }

    @Test
    void aConceptMapReadsBackAsTheSameMatches() {
        MappingSet set = DemoContent.mappingSet(IRIS);
        MappingSet back = ConceptMapSets.fromJson(ConceptMapSets.toJson(set), "export");
        assertEquals(set.id(), back.id());
        assertEquals(triples(set), triples(back));
    }

    /**
     * Codes holding {@code /} and {@code :} (a MIME type, an IHE format code, as the ANS's maps of CDA formats hold)
     * and an OID system come back whole, in one group; the groups' versions go through SSSOM's source versions.
     */
    @Test
    void codesWithSlashesAndColonsComeBackWhole() {
        String json = """
                {"resourceType": "ConceptMap", "url": "http://example.org/cm/formats", "status": "draft",
                 "group": [{"source": "http://example.org/cs/mime", "sourceVersion": "2024",
                            "target": "urn:oid:1.2.3", "targetVersion": "7",
                   "element": [{"code": "application/pdf", "display": "PDF",
                     "target": [{"code": "urn:ihe:iti:xds-sd:pdf:2008", "equivalence": "equivalent"}]}]}]}
                """;
        MappingSet set = ConceptMapSets.fromJson(json, "formats.json");
        assertEquals(List.of("2024"), set.mappings().get(0).all("subject_source_version"));
        ConceptMap back = FhirContext.forR4().newJsonParser().parseResource(ConceptMap.class,
                ConceptMapSets.toJson(SssomTsvReader.read("formats.sssom.tsv", SssomTsvWriter.write(set))));
        assertEquals(1, back.getGroup().size());
        ConceptMap.ConceptMapGroupComponent group = back.getGroupFirstRep();
        assertEquals("http://example.org/cs/mime", group.getSource());
        assertEquals("urn:oid:1.2.3", group.getTarget());
        assertEquals("2024", group.getSourceVersion());
        assertEquals("7", group.getTargetVersion());
        assertEquals("application/pdf", group.getElementFirstRep().getCode());
        assertEquals("urn:ihe:iti:xds-sd:pdf:2008", group.getElementFirstRep().getTargetFirstRep().getCode());
    }

    @Test
    void aTargetWithoutEquivalenceIsRefusedNotTakenForAnExactMatch() {
        String json = """
                {"resourceType": "ConceptMap", "url": "http://example.org/cm/x", "status": "draft",
                 "group": [{"source": "http://example.org/a", "target": "http://example.org/b",
                   "element": [{"code": "11", "target": [{"code": "x11"}]}]}]}
                """;
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> ConceptMapSets.fromJson(json, "x.json"));
        assertTrue(e.getMessage().contains("ConceptMap.group[0].element[0].target[0].equivalence: missing"), e.getMessage());
    }

    @Test
    void aConditionalTargetKeepsItsConditionInTheComment() {
        String json = """
                {"resourceType": "ConceptMap", "url": "http://example.org/cm/y", "status": "draft",
                 "group": [{"source": "http://example.org/a", "target": "http://example.org/b",
                   "element": [{"code": "code", "target": [{"code": "code2", "equivalence": "equivalent",
                     "dependsOn": [{"property": "http://example.org/fhir/property-value/example",
                                    "system": "http://example.org/fhir/example3", "value": "some-code"}]}]}]}]}
                """;
        String comment = ConceptMapSets.fromJson(json, "y.json").mappings().get(0).first("comment").orElse("");
        assertTrue(comment.contains("FHIR dependsOn: http://example.org/fhir/property-value/example = "
                + "http://example.org/fhir/example3|some-code"), "not read as unconditional: " + comment);
    }

    /** HL7's R4 example ConceptMap (fhir/r4/PROVENANCE.md): read as SSSOM, through TSV, and out again. */
    @Test
    void hl7sAdministrativeGenderMapGoesThroughSssomAndBack() throws Exception {
        String json;
        try (var in = ConceptMapSetsTest.class.getResourceAsStream("/fhir/r4/study/terminology.ndjson")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> l.contains("\"id\":\"cm-administrative-gender-v2\"")).findFirst().orElseThrow();
        }
        MappingSet set = ConceptMapSets.fromJson(json, "cm-administrative-gender-v2");
        assertEquals("http://hl7.org/fhir/ConceptMap/cm-administrative-gender-v2", set.id());
        assertEquals(5, set.mappings().size(), "male, female, unknown, and other twice");
        MappingSet viaTsv = SssomTsvReader.read("tsv", SssomTsvWriter.write(set));
        assertEquals(set, viaTsv);
        Mapping other = viaTsv.mappings().get(2);
        assertEquals("http://hl7.org/fhir/administrative-gender/other", viaTsv.curies().expand(other.first("subject_id").orElseThrow()).orElseThrow());
        assertEquals("skos:broadMatch", other.first("predicate_id").orElseThrow(), "wider: the v2 code is broader");

        ConceptMap original = FhirContext.forR4().newJsonParser().parseResource(ConceptMap.class, json);
        ConceptMap again = FhirContext.forR4().newJsonParser().parseResource(ConceptMap.class, ConceptMapSets.toJson(viaTsv));
        assertEquals(original.getGroup().size(), again.getGroup().size());
        ConceptMap.ConceptMapGroupComponent a = original.getGroupFirstRep();
        ConceptMap.ConceptMapGroupComponent b = again.getGroupFirstRep();
        assertEquals(a.getSource(), b.getSource(), "the same code systems");
        assertEquals(a.getTarget(), b.getTarget());
        assertEquals(a.getElement().stream().map(e -> e.getCode() + "->" + e.getTarget().stream().map(t -> t.getCode()).toList()).toList(),
                b.getElement().stream().map(e -> e.getCode() + "->" + e.getTarget().stream().map(t -> t.getCode()).toList()).toList());
        assertEquals(ConceptMapEquivalence.WIDER, b.getElement().get(2).getTargetFirstRep().getEquivalence());
        assertEquals(ConceptMapEquivalence.EQUIVALENT, b.getElementFirstRep().getTargetFirstRep().getEquivalence(),
                "equal reads as skos:exactMatch, written back as equivalent");
    }

    @Test
    void somethingElseThanAConceptMapIsRefused() {
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> ConceptMapSets.fromJson("{\"resourceType\":\"Patient\",\"id\":\"x\"}", "posted"));
        assertTrue(e.getMessage().contains("not a ConceptMap"), e.getMessage());
        MalformedInputException broken = assertThrows(MalformedInputException.class,
                () -> ConceptMapSets.fromJson("{\"resourceType\":\"ConceptMap\",\"status\":\"nonsense\"}", "posted"));
        assertTrue(broken.getMessage().contains("posted"), broken.getMessage());
    }

    private static List<String> triples(MappingSet set) {
        var curies = set.curies();
        return set.mappings().stream().map((Mapping m) -> curies.expand(m.first("subject_id").orElseThrow()).orElseThrow() + " "
                + curies.expand(m.first("predicate_id").orElseThrow()).orElseThrow() + " "
                + curies.expand(m.first("object_id").orElseThrow()).orElseThrow()).sorted().toList();
    }
}

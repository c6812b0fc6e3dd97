package fr.hdh.catalog.vocab.nomenclature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.ontologies.PROV;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Icd10CopiesTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080/");
    private static final RecordSource SOURCE = new RecordSource("urn:hdh:test", "test");

    @Test
    void eachCodeOfACopyOfTheCim10IsTheSameConceptAsTheReferenceCode(@TempDir Path root) throws Exception {
        copy("snds/ORAVAL", root, "IR_CIM_V", "IR_SEX_V");
        copy("cim-copy/ORAVAL", root, "MS_CIM_V");
        NomenclatureReader reader = new NomenclatureReader(IRIS);

        List<CatalogRecord> records = reader.readAll(root, SOURCE);

        Graph pmsi = record(records, "MS_CIM_V").content();
        assertTrue(pmsi.contains(concept("MS_CIM_V", "G970"), SKOS.exactMatch.asNode(), concept("IR_CIM_V", "G970")),
                "a code both lists have");
        assertFalse(pmsi.contains(concept("MS_CIM_V", "F1951"), SKOS.exactMatch.asNode(), Node.ANY),
                "a code the reference lacks keeps no link");
        assertEquals(253, pmsi.find(Node.ANY, SKOS.exactMatch.asNode(), Node.ANY).toList().size(),
                "the 253 codes of the fixture the reference has");
        assertEquals(253, reader.tally().copyLinks());
        assertFalse(record(records, "IR_CIM_V").content().contains(Node.ANY, SKOS.exactMatch.asNode(), Node.ANY),
                "the reference is left as it is");
        assertFalse(record(records, "IR_SEX_V").content().contains(Node.ANY, SKOS.exactMatch.asNode(), Node.ANY),
                "a list whose codes are not ICD-10 codes is not a copy");
        Node reference = NodeFactory.createURI(IRIS.vocabulary("snds", "IR_CIM_V"));
        assertTrue(pmsi.contains(NodeFactory.createURI(IRIS.vocabulary("snds", "MS_CIM_V")), PROV.wasDerivedFrom.asNode(),
                reference), "the copy names the reference as its source: one terminology to the search");
        assertFalse(record(records, "IR_SEX_V").content().contains(Node.ANY, PROV.wasDerivedFrom.asNode(), Node.ANY));
    }

    @Test
    void aListWhoseCodesOnlyLookLikeCim10CodesIsNoCopy(@TempDir Path root) throws Exception {
        copy("snds/ORAVAL", root, "IR_CIM_V");
        copy("cim-copy/ORAVAL", root, "MS_CDM_V");
        NomenclatureReader reader = new NomenclatureReader(IRIS);

        List<CatalogRecord> records = reader.readAll(root, SOURCE);

        Graph acts = record(records, "MS_CDM_V").content();
        assertTrue(acts.contains(Node.ANY, SKOS.notation.asNode(), NodeFactory.createLiteralString("A230")),
                "the CDAM's act A230 has the shape of the CIM-10's A23.0 (brucellosis), which the reference has");
        assertFalse(acts.contains(Node.ANY, SKOS.exactMatch.asNode(), Node.ANY), "an act is no disease");
        assertFalse(acts.contains(Node.ANY, PROV.wasDerivedFrom.asNode(), Node.ANY));
        assertEquals(0, reader.tally().copyLinks());
    }

    @Test
    void withoutTheReferenceNothingIsLinked(@TempDir Path root) throws Exception {
        copy("cim-copy/ORAVAL", root, "MS_CIM_V");
        NomenclatureReader reader = new NomenclatureReader(IRIS);

        List<CatalogRecord> records = reader.readAll(root, SOURCE);

        assertFalse(record(records, "MS_CIM_V").content().contains(Node.ANY, SKOS.exactMatch.asNode(), Node.ANY));
        assertFalse(record(records, "MS_CIM_V").content().contains(Node.ANY, PROV.wasDerivedFrom.asNode(), Node.ANY));
        assertEquals(0, reader.tally().copyLinks());
    }

    private static Node concept(String list, String code) {
        return NodeFactory.createURI(IRIS.concept(IRIS.vocabulary("snds", list), code));
    }

    private static CatalogRecord record(List<CatalogRecord> records, String name) {
        return records.stream().filter(r -> r.iri().endsWith("/" + name)).findFirst().orElseThrow();
    }

    private static void copy(String folder, Path root, String... names) throws IOException, URISyntaxException {
        Path from = Path.of(Icd10CopiesTest.class.getResource("/nomenclature/" + folder).toURI());
        Path to = Files.createDirectories(root.resolve("ORAVAL"));
        for (String name : names) {
            for (String ext : List.of(".json", ".csv")) {
                Files.copy(from.resolve(name + ext), to.resolve(name + ext));
            }
        }
    }
}

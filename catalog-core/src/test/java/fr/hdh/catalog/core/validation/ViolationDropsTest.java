package fr.hdh.catalog.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/**
 * Drop, don't refuse, against the official DCAT-AP 3.0.0 shapes: a partner's dataset with a free-text
 * format, two issue dates and a distribution without an access URL is stored without those values, each
 * removal named with its rule; a dataset without a description is refused, nothing dropped.
 */
class ViolationDropsTest {
    private static final String DATASET = "https://portal.example.de/dataset/pegel";
    private static final String RECORD = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            <https://portal.example.de/dataset/pegel> a dcat:Dataset ;
                dct:title "Pegelstände"@de ;
                dct:description "Pegelstände der Elbe."@de ;
                dct:issued "2020-01-01"^^xsd:date, "2021-05-04"^^xsd:date ;
                dcat:distribution <https://portal.example.de/dataset/pegel/csv>, _:viewer .
            <https://portal.example.de/dataset/pegel/csv> a dcat:Distribution ;
                dcat:accessURL <https://portal.example.de/download/pegel.csv> ;
                dct:format "jrss" .
            _:viewer a dcat:Distribution ;
                dct:title "Kartenviewer"@de .
            """;
    private final RecordValidator validator = new RecordValidator(ShapesLibrary.shared(), ReferenceLookup.NONE);

    @Test
    void whatBreaksAnOptionalRuleIsDroppedAndListedAndTheRestConforms() {
        CatalogRecord record = record(RECORD);

        List<Amendment> drops = dropUntilStable(record);

        ValidationReport after = validator.validate(record);
        assertTrue(after.conforms(), after.toText());
        Node dataset = NodeFactory.createURI(DATASET);
        Graph g = record.content();
        assertFalse(g.contains(Node.ANY, DCTerms.format.asNode(), NodeFactory.createLiteralString("jrss")), "the free-text format goes");
        assertEquals(1, g.find(dataset, DCTerms.issued.asNode(), Node.ANY).toList().size(), "one issue date stays");
        assertEquals(1, g.find(dataset, DCAT.distribution.asNode(), Node.ANY).toList().size(), "the distribution without URL goes");
        assertFalse(g.contains(Node.ANY, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Kartenviewer", "de")),
                "and what described only it");
        assertTrue(g.contains(dataset, DCTerms.description.asNode(), Node.ANY), "the rest is kept");
        List<String> rules = drops.stream().map(Amendment::kind).distinct().toList();
        assertTrue(rules.contains("dct:issued sh:maxCount"), rules.toString());
        assertTrue(rules.stream().anyMatch(r -> r.startsWith("dct:format")), rules.toString());
        assertTrue(rules.contains(ViolationDrops.DETACHED), rules.toString());
        assertTrue(drops.stream().allMatch(a -> a.type() == Amendment.Type.DROP && a.removed().isPresent()));
    }

    @Test
    void aRecordMissingAMandatoryPropertyIsRefusedWithNothingDropped() {
        CatalogRecord record = record(RECORD.replace("dct:description \"Pegelstände der Elbe.\"@de ;", ""));
        long before = record.content().size();

        List<Amendment> drops = new ViolationDrops().amend(record, record.content(), validator.validate(record));

        assertTrue(drops.isEmpty(), drops.toString());
        assertEquals(before, record.content().size());
    }

    /** Validates and drops as the record service's lenient validation does, round after round. */
    private List<Amendment> dropUntilStable(CatalogRecord record) {
        List<Amendment> all = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            ValidationReport report = validator.validate(record);
            if (report.conforms()) {
                break;
            }
            List<Amendment> drops = new ViolationDrops().amend(record, record.content(), report);
            if (drops.isEmpty()) {
                break;
            }
            all.addAll(drops);
        }
        return all;
    }

    private static CatalogRecord record(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return new CatalogRecord(DATASET, RecordKind.DATASET, g, new RecordSource("urn:test", "test"));
    }
}

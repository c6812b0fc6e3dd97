package fr.hdh.catalog.harvest.sndsdemo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.tableschema.SndsDictionary;
import fr.hdh.catalog.harvest.tableschema.TestResources;
import fr.hdh.catalog.ontologies.HDH;
import fr.hdh.catalog.vocab.nomenclature.NomenclatureReader;
import fr.hdh.catalog.vocab.nomenclature.NomenclatureTally;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** All 505 SNDS nomenclatures, as shipped, read as concept schemes. */
class AllNomenclaturesTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080/");
    private static List<CatalogRecord> schemes;
    private static NomenclatureTally tally;
    private static long millis;

    @BeforeAll
    static void readAll() {
        NomenclatureReader reader = new NomenclatureReader(IRIS);
        long start = System.nanoTime();
        schemes = reader.readAll(TestResources.path("/hdh/demo/snds/nomenclatures"),
                new RecordSource("urn:hdh:demo", "demo"));
        millis = (System.nanoTime() - start) / 1_000_000;
        tally = reader.tally();
        System.out.println("SNDS nomenclatures: " + tally + " in " + millis + " ms");
    }

    @Test
    void everyNomenclatureIsAVocabularyRecord() {
        assertEquals(505, schemes.size());
        assertEquals(505, schemes.stream().map(CatalogRecord::iri).distinct().count());
        assertTrue(schemes.stream().allMatch(r -> r.kind() == RecordKind.VOCABULARY));
        // Eight CSVs are too large for the snapshot: their schemes are published without concepts.
        assertEquals(8, tally.schemesWithoutValues());
    }

    @Test
    void everyRowWithAKeyBecomesAConcept() {
        long concepts = schemes.stream()
                .mapToLong(r -> r.content().find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).toList().size())
                .sum();
        assertEquals(tally.concepts(), concepts);
        assertTrue(concepts >= 240_000, concepts + " concepts");
        assertEquals(tally.rows(), tally.concepts() + tally.skipped());
        // Only IR_BTF_R repeats a key: its rows are the tariff history of each code, the first is kept.
        assertEquals(0, tally.shortRows());
        assertEquals(0, tally.emptyCodes());
        assertTrue(tally.duplicateKeys() < 1_000, tally.toString());
    }

    @Test
    void readingAllOfThemIsQuick() {
        // Measured at about 1 s on two cores; the margin absorbs a busy build machine.
        assertTrue(millis < 10_000, millis + " ms");
    }

    @Test
    void noLabelHoldsAWindows1252ControlCharacter() {
        for (CatalogRecord r : schemes) {
            Graph g = r.content();
            List<String> bad = g.find().toList().stream()
                    .map(Triple::getObject)
                    .filter(Node::isLiteral)
                    .map(Node::getLiteralLexicalForm)
                    .filter(s -> s.chars().anyMatch(c -> c >= 0x80 && c <= 0x9F))
                    .toList();
            assertEquals(List.of(), bad, r.iri());
        }
    }

    @Test
    void everyCodeListNamedByTheDictionaryIsPublished() {
        Graph variables = GraphFactory.createDefaultGraph();
        SndsDictionary snds = SndsDictionary.read(TestResources.path("/hdh/demo/snds/schemas"), IRIS);
        snds.datasetIds().forEach(id -> snds.addVariables(id, variables));
        Set<String> linked = variables.find(Node.ANY, HDH.codeList.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().getURI()).toSet();
        Set<String> published = schemes.stream().map(CatalogRecord::iri).collect(Collectors.toSet());

        // 167 distinct nomenclature values in the dictionary; some add a column (IR_SEX_V:SEX_COD), 157 lists.
        assertEquals(157, linked.size());
        assertEquals(Set.of(), linked.stream().filter(iri -> !published.contains(iri)).collect(Collectors.toSet()));
    }
}

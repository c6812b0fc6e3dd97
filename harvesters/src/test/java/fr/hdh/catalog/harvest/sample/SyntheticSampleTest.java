package fr.hdh.catalog.harvest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.ValidationReport;
import fr.hdh.catalog.harvest.demo.DemoContent;
import fr.hdh.catalog.ontologies.ADMS;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Synthetic samples of real SNDS tables. Loads the real demo content once for the class (~25 s):
 * the SNDS dictionary, its nomenclatures and foreign keys are what the samples must conform to.
 */
class SyntheticSampleTest {
    private static Catalog catalog;
    private static CatalogIris iris;
    private static SyntheticSample samples;

    @BeforeAll
    static void loadDemo() {
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"),
                EuVocabularies.bundled().lookup().and(SyntheticSampleTest::csvFileType));
        DemoContent.bundled().loadInto(catalog, fr.hdh.catalog.core.Progress.NONE);
        iris = catalog.iris();
        samples = new SyntheticSample(catalog);
    }

    /**
     * The EU file-type table does not type its concepts dct:MediaTypeOrExtent, which the DCAT-AP range
     * shape of dct:format asks for; until the authority supplement does, this test adds that one fact.
     */
    private static void csvFileType(Node resource, org.apache.jena.graph.Graph sink) {
        if (resource.equals(SampleDistributions.CSV)) {
            sink.add(resource, org.apache.jena.vocabulary.RDF.type.asNode(),
                    org.apache.jena.vocabulary.DCTerms.MediaTypeOrExtent.asNode());
        }
    }

    @AfterAll
    static void close() {
        catalog.close();
    }

    @Test
    void codedColumnsOfAnSndsTableHoldOnlyCodesOfTheirNomenclatures() {
        String table = iris.table("snds-dcir", "ER_PRS_F");
        CsvTable csv = CsvTable.parse(samples.generate(table, 200, 7L));
        Map<String, String> codeLists = codeListsOf(table);
        int checkedColumns = 0;
        for (Map.Entry<String, String> coded : codeLists.entrySet()) {
            Set<String> codes = codesOf(coded.getValue());
            List<String> values = csv.column(coded.getKey());
            for (String value : values) {
                assertTrue(value.isEmpty() ? codes.isEmpty() : codes.contains(value),
                        coded.getKey() + " holds '" + value + "', not a code of " + coded.getValue());
            }
            if (!codes.isEmpty()) {
                checkedColumns++;
                assertTrue(values.stream().noneMatch(String::isEmpty), coded.getKey() + " has empty cells");
            }
        }
        assertTrue(checkedColumns >= 20, "only " + checkedColumns + " coded columns had codes to check");
        assertEquals(200, csv.rows().size());
    }

    @Test
    void foreignKeysAgreeBetweenPrestationsAndBeneficiaries() {
        List<String> key = List.of("BEN_NIR_PSA", "BEN_RNG_GEM");
        CsvTable prestations = CsvTable.parse(samples.generate(iris.table("snds-dcir", "ER_PRS_F"), 150, 42L));
        CsvTable beneficiaries = CsvTable.parse(samples.generate(iris.table("snds-beneficiaires", "IR_BEN_R"), 150, 42L));
        Set<String> known = new HashSet<>(beneficiaries.tuples(key));
        for (String tuple : prestations.tuples(key)) {
            assertTrue(known.contains(tuple), "ER_PRS_F points to " + tuple + ", absent from IR_BEN_R");
        }
    }

    @Test
    void foreignKeysAgreeBetweenPmsiMcoStaysAndTheirDiagnoses() {
        List<String> key = List.of("ETA_NUM", "RSA_NUM");
        CsvTable stays = CsvTable.parse(samples.generate(iris.table("pmsi-mco", "T_MCOaaB"), 80, 3L));
        CsvTable diagnoses = CsvTable.parse(samples.generate(iris.table("pmsi-mco", "T_MCOaaD"), 80, 3L));
        Set<String> known = new HashSet<>(stays.tuples(key));
        assertTrue(known.size() > 40, "stay keys should be mostly distinct: " + known.size());
        diagnoses.tuples(key).forEach(t -> assertTrue(known.contains(t), "T_MCOaaD points to missing stay " + t));
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedOtherRows() {
        String table = iris.table("pmsi-mco", "T_MCOaaB");
        String first = samples.generate(table, 50, 11L);
        assertEquals(first, samples.generate(table, 50, 11L));
        assertNotEquals(first, samples.generate(table, 50, 12L));
    }

    @Test
    void valuesFollowDatatypesAndLengths() {
        CsvTable csv = CsvTable.parse(samples.generate(iris.table("pmsi-mco", "T_MCOaaB"), 100, 5L));
        csv.column("SEJ_NBJ").forEach(v -> assertTrue(v.matches("\\d{1,4}"), "SEJ_NBJ integer(4): " + v));
        csv.column("GRG_GHM").forEach(v -> assertTrue(v.matches("[A-Z0-9]{6}"), "GRG_GHM string(6): " + v));
        csv.column("SOR_ANN").forEach(v -> assertTrue(v.matches("20\\d\\d"), "SOR_ANN year: " + v));
        csv.column("GRC_RET").forEach(v -> assertTrue(v.equals("true") || v.equals("false"), "GRC_RET boolean: " + v));
        CsvTable c = CsvTable.parse(samples.generate(iris.table("pmsi-mco", "T_MCOaaC"), 20, 5L));
        c.column("ENT_DAT").forEach(LocalDate::parse);
    }

    @Test
    void unknownTableAndBadRowCountsAreRefused() {
        assertThrows(UnknownTableException.class, () -> samples.generate(iris.table("pmsi-mco", "NO_SUCH"), 10, 1L));
        assertThrows(IllegalArgumentException.class, () -> samples.generate(iris.table("pmsi-mco", "T_MCOaaB"), 0, 1L));
        assertThrows(IllegalArgumentException.class,
                () -> samples.generate(iris.table("pmsi-mco", "T_MCOaaB"), SyntheticSample.MAX_ROWS + 1, 1L));
    }

    @Test
    void publishedSyntheticSamplesKeepTheDatasetValid() {
        String iri = iris.dataset("pmsi-mco");
        CatalogRecord stored = new CatalogRecord(iri, RecordKind.DATASET, catalog.records().content(iri).orElseThrow(),
                new RecordSource("urn:test", "test"));
        CatalogRecord published = new SyntheticSamples(iris).addTo(stored);
        Node sample = NodeFactory.createURI(iris.table("pmsi-mco", "T_MCOaaB") + "/synthetic-sample");
        assertTrue(published.content().contains(published.node(), ADMS.sample.asNode(), sample));
        ValidationReport report = catalog.records().validate(published);
        assertTrue(report.conforms(), report.toText());
        assertEquals(published, new SyntheticSamples(iris).addTo(published), "a dataset with a sample gets no second one");
    }

    private static Map<String, String> codeListsOf(String table) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX csvw: <http://www.w3.org/ns/csvw#>
                PREFIX hdh: <https://w3id.org/hdh-catalog/ns#>
                SELECT ?name ?list WHERE { ?table csvw:column ?c . ?c csvw:name ?name ; hdh:codeList ?list }""");
        q.setIri("table", table);
        Map<String, String> lists = new LinkedHashMap<>();
        catalog.store().read(() -> {
            QueryExec.dataset(catalog.store().datasetGraph()).query(q.asQuery()).select()
                    .forEachRemaining(r -> lists.put(r.get("name").getLiteralLexicalForm(), r.get("list").getURI()));
            return null;
        });
        return lists;
    }

    private static Set<String> codesOf(String scheme) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?code WHERE { ?c skos:inScheme ?scheme ; skos:notation ?code }""");
        q.setIri("scheme", scheme);
        Set<String> codes = new HashSet<>();
        catalog.store().read(() -> {
            QueryExec.dataset(catalog.store().datasetGraph()).query(q.asQuery()).select()
                    .forEachRemaining(r -> codes.add(r.get("code").getLiteralLexicalForm()));
            return null;
        });
        return codes;
    }
}

package fr.hdh.catalog.vocab.nomenclature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NomenclatureReaderTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080/");
    private static final RecordSource SOURCE = new RecordSource("urn:hdh:test", "test");

    private final NomenclatureReader reader = new NomenclatureReader(IRIS);

    @Test
    void cim10HasOneConceptPerCodeWithItsFrenchLabel() {
        CatalogRecord cim = read("ORAVAL/IR_CIM_V");

        assertEquals(IRIS.vocabulary("snds", "IR_CIM_V"), cim.iri());
        assertEquals(RecordKind.VOCABULARY, cim.kind());
        Graph g = cim.content();
        // The CSV has 18,334 data rows and every CIM-10 code appears once.
        assertEquals(18_334, g.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).toList().size());
        assertEquals(0, reader.tally().skipped());
        Node c51 = NodeFactory.createURI(IRIS.concept(cim.iri(), "C51"));
        assertTrue(g.contains(c51, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Tumeur maligne de la vulve", "fr")));
        assertTrue(g.contains(c51, SKOS.notation.asNode(), NodeFactory.createLiteralString("C51")));
        assertTrue(g.contains(c51, SKOS.inScheme.asNode(), cim.node()));
    }

    @Test
    void cim10SubcodesSitBelowTheirCategoryAndOtherListsGetNoHierarchy() {
        CatalogRecord cim = read("ORAVAL/IR_CIM_V");
        Graph g = cim.content();
        Node i21 = NodeFactory.createURI(IRIS.concept(cim.iri(), "I21"));
        Node i210 = NodeFactory.createURI(IRIS.concept(cim.iri(), "I210"));
        assertTrue(g.contains(i210, SKOS.broader.asNode(), i21), "I210 below the category I21");
        assertFalse(g.contains(i21, SKOS.broader.asNode(), Node.ANY), "a category has no code above it in the list");
        long linked = g.find(Node.ANY, SKOS.broader.asNode(), Node.ANY).toList().size();
        assertTrue(linked > 10_000, "most of the 18,334 codes are subcodes: " + linked);
        assertEquals(0, read("ATIH/CSARR").content().find(Node.ANY, SKOS.broader.asNode(), Node.ANY).toList().size(),
                "codes of another form say nothing of a hierarchy");
    }

    @Test
    void schemeCarriesTitleIdentifierAndSourceFolder() {
        Graph g = read("ORAVAL/IR_CIM_V").content();
        Node scheme = NodeFactory.createURI(IRIS.vocabulary("snds", "IR_CIM_V"));

        assertTrue(g.contains(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
        assertTrue(g.contains(scheme, DCTerms.title.asNode(),
                NodeFactory.createLiteralLang("Tables de codes CIM10 ( MAJ à contrôler )", "fr")));
        assertTrue(g.contains(scheme, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("IR_CIM_V")));
        assertTrue(g.contains(scheme, DCTerms.source.asNode(), NodeFactory.createLiteralString("ORAVAL")));
    }

    @Test
    void quotedLabelIsUnquotedOnceAsCsvSays() {
        Graph g = read("ORAVAL/IR_CIM_V").content();
        Node m653 = NodeFactory.createURI(IRIS.concept(IRIS.vocabulary("snds", "IR_CIM_V"), "M653"));

        // The file writes """Doigt """"à ressort""""""": CSV quoting undone once. The source escaped
        // these labels twice; the second level is in the data and is kept as published.
        assertEquals("\"Doigt \"\"à ressort\"\"\"", prefLabel(g, m653));
    }

    @Test
    void labelsSpanningLinesInsideQuotesStayWithTheirCode() {
        Graph g = read("ATIH/CSARR").content();
        Node alq183 = NodeFactory.createURI(IRIS.concept(IRIS.vocabulary("snds", "CSARR"), "ALQ+183"));

        String label = prefLabel(g, alq183);
        assertTrue(label.startsWith("Évaluation analytique initiale de fonction cognitive"), label);
        assertTrue(label.contains("À l'exclusion de"), label);
        assertFalse(label.contains("\n"), "line breaks are folded: " + label);
    }

    @Test
    void compositePrimaryKeyKeepsRowsThatShareTheirCode() {
        CatalogRecord sites = read("ORAVAL/AT_SLS_V");
        Graph g = sites.content();

        // 43 rows; the code column ATT_LEP_SGE repeats, the key (ATT_LEP_SGE, ATT_LES_SGE) does not.
        assertEquals(43, g.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).toList().size());
        Node respiratory = NodeFactory.createURI(IRIS.concept(sites.iri(), "0~1"));
        assertEquals("VOIES RESPIRATOIRES", prefLabel(g, respiratory));
        assertTrue(g.contains(respiratory, SKOS.notation.asNode(), NodeFactory.createLiteralString("0")));
    }

    @Test
    void listWithoutTitleOrLabelFallsBackToNameAndText() {
        CatalogRecord ctx = read("ORAREF/NU_CTX_R");
        Graph g = ctx.content();

        assertTrue(g.contains(ctx.node(), DCTerms.title.asNode(), NodeFactory.createLiteralLang("NU_CTX_R", "fr")));
        Node one = NodeFactory.createURI(IRIS.concept(ctx.iri(), "1"));
        assertEquals("26DEC2004:00:00:00", prefLabel(g, one));
    }

    @Test
    void numericSecondColumnIsNotTakenForALabel() {
        CatalogRecord years = read("ORAVAL/IR_EXR_V");
        Node y2063 = NodeFactory.createURI(IRIS.concept(years.iri(), "2063"));

        assertEquals("2063", prefLabel(years.content(), y2063));
    }

    @Test
    void nomenclatureWithoutCsvIsASchemeWithoutConcepts() {
        CatalogRecord organisations = reader.read(fixture("ORAVAL/IR_ORG_V.json"), Optional.empty(), SOURCE);

        Graph g = organisations.content();
        assertTrue(g.contains(organisations.node(), RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
        assertTrue(g.contains(organisations.node(), DCTerms.title.asNode(), NodeFactory.createLiteralLang("organismes", "fr")));
        assertFalse(g.contains(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()));
        assertEquals(1, reader.tally().schemesWithoutValues());
    }

    @Test
    void readAllFindsEverySchemeAndPairsItsCsv() {
        List<CatalogRecord> records = reader.readAll(fixtureRoot(), SOURCE);

        Set<String> names = records.stream().map(r -> r.iri().substring(r.iri().lastIndexOf('/') + 1))
                .collect(Collectors.toSet());
        assertEquals(Set.of("IR_CIM_V", "IR_SEX_V", "AT_SLS_V", "IR_EXR_V", "IR_ORG_V", "CSARR", "NU_CTX_R"), names);
        assertEquals(7, reader.tally().schemes());
        assertEquals(1, reader.tally().schemesWithoutValues());
        assertEquals(reader.tally().rows(), reader.tally().concepts() + reader.tally().skipped());
    }

    @Test
    void readsFromAZipFileSystemAsFromAJar(@TempDir Path temp) throws IOException {
        Path zip = temp.resolve("demo.jar");
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Path target = jar.getPath("/hdh/nomenclatures/ORAVAL");
            Files.createDirectories(target);
            Files.copy(fixture("ORAVAL/IR_SEX_V.json"), target.resolve("IR_SEX_V.json"));
            Files.copy(fixture("ORAVAL/IR_SEX_V.csv"), target.resolve("IR_SEX_V.csv"));
        }
        try (FileSystem jar = FileSystems.newFileSystem(zip)) {
            List<CatalogRecord> records = reader.readAll(jar.getPath("/hdh/nomenclatures"), SOURCE);

            assertEquals(1, records.size());
            Graph g = records.get(0).content();
            assertTrue(g.contains(records.get(0).node(), DCTerms.source.asNode(), NodeFactory.createLiteralString("ORAVAL")));
            assertEquals(4, g.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).toList().size());
        }
    }

    @Test
    void unclosedQuoteIsReportedWithFileAndLine() throws URISyntaxException {
        Path folder = Path.of(getClass().getResource("/nomenclature/malformed/ATIH").toURI());

        MalformedInputException e = assertThrows(MalformedInputException.class, () -> reader.read(
                folder.resolve("CSARR.json"), Optional.of(folder.resolve("CSARR.csv")), SOURCE));
        assertTrue(e.source().endsWith("CSARR.csv"), e.source());
        assertEquals(2, e.line());
    }

    @Test
    void truncatedJsonIsReportedWithFileAndLine() throws URISyntaxException {
        Path json = Path.of(getClass().getResource("/nomenclature/malformed/IR_SEX_V_truncated.json").toURI());

        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> reader.read(json, Optional.empty(), SOURCE));
        assertTrue(e.getMessage().contains("IR_SEX_V_truncated.json"), e.getMessage());
        assertTrue(e.line() > 1, "line " + e.line());
    }

    private CatalogRecord read(String name) {
        return reader.read(fixture(name + ".json"), Optional.of(fixture(name + ".csv")), SOURCE);
    }

    private static String prefLabel(Graph g, Node concept) {
        List<Node> labels = g.find(concept, SKOS.prefLabel.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
        assertEquals(1, labels.size(), "one prefLabel on " + concept);
        return labels.get(0).getLiteralLexicalForm();
    }

    static Path fixtureRoot() {
        try {
            return Path.of(NomenclatureReaderTest.class.getResource("/nomenclature/snds").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path fixture(String relative) {
        return fixtureRoot().resolve(relative);
    }
}

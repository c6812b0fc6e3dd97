package fr.hdh.catalog.vocab.eu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.AccessProfile;
import fr.hdh.catalog.core.validation.RecordValidator;
import fr.hdh.catalog.core.validation.ShapesLibrary;
import fr.hdh.catalog.core.validation.ValidationReport;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EuVocabulariesTest {
    private static final RecordSource SOURCE = new RecordSource("urn:hdh:test", "eu-vocabularies-test");
    private static final Node ELI_LEGAL_RESOURCE = NodeFactory.createURI("http://data.europa.eu/eli/ontology#LegalResource");
    private static RecordValidator validator;
    private static final EuVocabularies EU = EuVocabularies.bundled();

    @BeforeAll
    static void shapes() {
        validator = new RecordValidator(ShapesLibrary.load(), EU.lookup());
    }

    @Test
    void theHealthThemeIsAConceptOfTheDataThemeTable() {
        Graph bg = EU.background();
        Node heal = EuAuthority.DATA_THEME_HEALTH;
        assertTrue(bg.contains(heal, RDF.type.asNode(), SKOS.Concept.asNode()));
        assertTrue(bg.contains(heal, SKOS.inScheme.asNode(),
                NodeFactory.createURI("http://publications.europa.eu/resource/authority/data-theme")));
        assertTrue(bg.contains(heal, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Health", "en")));
    }

    @Test
    void theBackgroundGivesTheRangeShapesTheClassesTheyCheck() {
        Graph bg = EU.background();
        assertTrue(bg.contains(AccessProfile.RESTRICTED.accessRight(), RDF.type.asNode(), DCTerms.RightsStatement.asNode()));
        assertTrue(bg.contains(EuAuthority.FRANCE, RDF.type.asNode(), DCTerms.Location.asNode()));
        assertTrue(bg.contains(EuAuthority.EHDS_REGULATION, RDF.type.asNode(), ELI_LEGAL_RESOURCE));
        assertTrue(bg.contains(EuAuthority.frequency("ANNUAL"), RDF.type.asNode(), DCTerms.Frequency.asNode()));
        Node html = FileTypes.of("html").orElseThrow();
        assertTrue(bg.contains(html, RDF.type.asNode(), DCTerms.MediaTypeOrExtent.asNode()), "every file type, not a chosen few");
        assertTrue(FileTypes.of("Kartenviewer").isEmpty());
        assertTrue(bg.contains(EuAuthority.healthCategory("HRAD"), RDF.type.asNode(), SKOS.Concept.asNode()));
    }

    @Test
    void theBackgroundCannotBeChangedByItsUsers() {
        Graph bg = EU.background();
        long before = bg.size();
        try {
            bg.add(EuAuthority.FRANCE, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
        } catch (RuntimeException refused) {
            // expected: the graph is read-only
        }
        assertEquals(before, bg.size());
        assertFalse(bg.contains(EuAuthority.FRANCE, RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
    }

    @Test
    void oneRecordPerSchemeOfTheOfficialFiles() {
        List<CatalogRecord> records = EU.records(SOURCE);
        Set<String> iris = records.stream().map(CatalogRecord::iri).collect(Collectors.toSet());
        assertEquals(10, records.size(), iris.toString());
        assertTrue(iris.contains("http://publications.europa.eu/resource/authority/data-theme"));
        assertTrue(iris.contains("http://publications.europa.eu/resource/authority/frequency"));
        assertTrue(iris.contains("http://purl.org/adms/publishertype/1.0"));
        assertTrue(records.stream().allMatch(r -> r.kind() == RecordKind.VOCABULARY));
        CatalogRecord themes = records.stream()
                .filter(r -> r.iri().equals("http://publications.europa.eu/resource/authority/data-theme"))
                .findFirst().orElseThrow();
        assertEquals(14, themes.content().find(Node.ANY, SKOS.inScheme.asNode(), themes.node()).toList().size());
        assertTrue(themes.content().contains(EuAuthority.DATA_THEME_HEALTH, RDF.type.asNode(), SKOS.Concept.asNode()));
    }

    @Test
    void aSchemeWithoutTitleGetsOneFromItsLabel() {
        CatalogRecord status = EU.records(SOURCE).stream()
                .filter(r -> r.iri().equals("http://purl.org/adms/status/1.0"))
                .findFirst().orElseThrow();
        assertTrue(status.content().contains(status.node(), DCTerms.title.asNode(), Node.ANY));
        assertFalse(EU.background().contains(status.node(), DCTerms.title.asNode(), Node.ANY),
                "the bundled files stay as published");
    }

    @Test
    void everySchemeRecordValidatesWithoutViolation() {
        for (CatalogRecord record : EU.records(SOURCE)) {
            ValidationReport report = validator.validate(record);
            assertTrue(report.conforms(), report.toText());
        }
    }

    @Test
    void aConceptWithoutPrefLabelInASchemeRecordIsReported() {
        CatalogRecord themes = EU.records(SOURCE).stream()
                .filter(r -> r.iri().endsWith("/data-theme"))
                .findFirst().orElseThrow();
        Graph g = GraphFactory.createDefaultGraph();
        themes.content().find().forEachRemaining(g::add);
        g.find(EuAuthority.DATA_THEME_HEALTH, SKOS.prefLabel.asNode(), Node.ANY).toList().forEach(g::delete);

        ValidationReport report = validator.validate(themes.iri(), g);

        assertTrue(report.violations().stream().anyMatch(f -> f.path().equals("skos:prefLabel")
                && f.focusNode().equals("<" + EuAuthority.DATA_THEME_HEALTH.getURI() + ">")), report.toText());
    }

    @Test
    void buildingTheBackgroundIsMeasured() {
        assertTrue(EU.buildTime().toNanos() > 0);
        System.out.println("EU background: " + EU.background().size() + " triples, built in "
                + EU.buildTime().toMillis() + " ms");
    }
}

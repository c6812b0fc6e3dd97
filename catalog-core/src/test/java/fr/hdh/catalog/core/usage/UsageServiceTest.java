package fr.hdh.catalog.core.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.form.InvalidFormException;
import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.ontologies.Usage;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Projects and publications through the one writer: forms checked field by field, DOIs normalised and
 * merged, reuse counted by year and ranked. The projects and publications here are fixtures under
 * test.example and 10.5555 (the DOI prefix reserved for examples), not real ones.
 */
class UsageServiceTest {
    private static final RecordSource SOURCE = new RecordSource("urn:test", "tester");
    private Catalog catalog;
    private UsageService usage;

    @BeforeEach
    void open() {
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), ReferenceLookup.NONE);
        usage = catalog.usage();
        catalog.records().putAll(List.of(dataset("pmsi-mco", "PMSI MCO"), dataset("snds-dcir", "DCIR")),
                fr.hdh.catalog.core.Progress.NONE);
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void aProjectIsStoredReadBackAndCountedForTheDatasetsItUsed() {
        usage.putProject(project("p1", "pmsi-mco", "running", "2021-05-03"), SOURCE);
        StoredProject stored = usage.project("p1").orElseThrow();
        assertEquals("running", stored.form().status());
        assertEquals("Institut fictif", stored.form().sponsorName());
        assertEquals("public", stored.form().sponsorType());
        assertEquals(List.of("http://test.example/dataset/pmsi-mco"), stored.form().used());
        assertEquals(1, usage.projectsUsing("http://test.example/dataset/pmsi-mco").size());
        DatasetReuse reuse = usage.reuse("http://test.example/dataset/pmsi-mco");
        assertEquals(1, reuse.projects());
        assertEquals(List.of(new DatasetReuse.YearCount(2021, 1, 0)), reuse.byYear());
        assertEquals(0, usage.reuse("http://test.example/dataset/snds-dcir").total());
    }

    @Test
    void doiSpellingsOfOnePaperBecomeOneRecordCitingTheDatasetsOfAll() {
        usage.putPublications(List.of(
                publication("https://doi.org/10.5555/ABC.1", "pmsi-mco", "2020"),
                publication("doi:10.5555/abc.1", "snds-dcir", "2020")), SOURCE);
        assertEquals(1, usage.publications().size());
        StoredPublication p = usage.publication("10.5555/abc.1").orElseThrow();
        assertEquals("https://doi.org/10.5555/abc.1", p.iri());
        assertEquals("10.5555/abc.1", p.form().doi());
        assertEquals(List.of("Martin, Anne", "Durand, Paul"), p.form().authors(), "authors keep their order");
        assertEquals(2, p.form().datasets().size());
        Graph stored = catalog.records().content(p.iri()).orElseThrow();
        assertTrue(stored.contains(NodeFactory.createURI("http://test.example/dataset/snds-dcir"),
                DCTerms.isReferencedBy.asNode(), NodeFactory.createURI(p.iri())), "the inverse link, for readers from the dataset");
        // A later import of the same DOI adds its datasets, keeps the others.
        usage.putPublications(List.of(publication("http://dx.doi.org/10.5555/ABC.1", "pmsi-mco", "2020")), SOURCE);
        assertEquals(2, usage.publication("10.5555/abc.1").orElseThrow().form().datasets().size());
        assertEquals(1, usage.publicationsCiting("http://test.example/dataset/snds-dcir").size());
    }

    @Test
    void theRankingPutsTheMostReusedDatasetFirstAndCountsByYear() {
        usage.putProject(project("p1", "pmsi-mco", "completed", "2019-01-10"), SOURCE);
        usage.putProject(project("p2", "pmsi-mco", "submitted", "2022-02-01"), SOURCE);
        usage.putPublications(List.of(publication("10.5555/x.2", "pmsi-mco", "2022"),
                publication("10.5555/x.3", "snds-dcir", "2023")), SOURCE);
        List<RankedDataset> ranking = usage.ranking(10);
        assertEquals(new RankedDataset("http://test.example/dataset/pmsi-mco", 2, 1), ranking.get(0));
        assertEquals(new RankedDataset("http://test.example/dataset/snds-dcir", 0, 1), ranking.get(1));
        assertEquals(List.of(new DatasetReuse.YearCount(2019, 1, 0), new DatasetReuse.YearCount(2022, 1, 1)),
                usage.reuse("http://test.example/dataset/pmsi-mco").byYear());
    }

    @Test
    void aWithdrawnProjectIsNeitherListedNorCounted() {
        usage.putProject(project("p1", "pmsi-mco", "running", "2021-05-03"), SOURCE);
        usage.withdrawProject("p1", SOURCE);
        assertTrue(usage.project("p1").isEmpty());
        assertTrue(usage.projects().isEmpty());
        assertTrue(usage.ranking(10).isEmpty());
    }

    @Test
    void wrongFieldsAreNamedAndNothingIsWritten() {
        ProjectForm bad = new ProjectForm("projects.csv, line 3", "p9", Map.of("fr", "Projet"), null, null, null,
                "X", "charity", null, null, List.of("no-such-dataset"), "almost-done", "2021-13-01", null, null, null,
                null, null, null, List.of("javascript:alert(1)"), null);
        InvalidFormException e = assertThrows(InvalidFormException.class, () -> usage.putProjects(List.of(
                project("p1", "pmsi-mco", "running", "2021-05-03"), bad), SOURCE));
        List<String> fields = e.errors().stream().map(InvalidFormException.FieldError::field).toList();
        assertEquals(List.of("projects.csv, line 3: sponsor.type", "projects.csv, line 3: usedDatasets[0]",
                "projects.csv, line 3: status", "projects.csv, line 3: dateSubmitted",
                "projects.csv, line 3: results[0]"), fields);
        assertTrue(usage.projects().isEmpty(), "the valid project of the batch is not written either");
        InvalidFormException pub = assertThrows(InvalidFormException.class, () -> usage.putPublications(List.of(
                new PublicationForm("refs.bib, line 7", "10.5555", null, "T", null, "20xx", null, null, null, null)), SOURCE));
        assertEquals("refs.bib, line 7: doi", pub.errors().get(0).field());
    }

    @Test
    void theShapesRefuseAPublicationWithTwoDoisOrAWrongDate() {
        Node pub = NodeFactory.createURI("https://doi.org/10.5555/two");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(pub, RDF.type.asNode(), Usage.ScholarlyArticle.asNode());
        g.add(pub, DCTerms.title.asNode(), NodeFactory.createLiteralString("T"));
        g.add(pub, Usage.doi.asNode(), NodeFactory.createLiteralString("10.5555/two"));
        g.add(pub, Usage.doi.asNode(), NodeFactory.createLiteralString("10.5555/deux"));
        g.add(pub, DCTerms.issued.asNode(), NodeFactory.createLiteralString("last year"));
        CatalogRecord record = new CatalogRecord(pub.getURI(), RecordKind.PUBLICATION, g, SOURCE);
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> catalog.records().put(record));
        String report = e.reports().get(0).toText();
        assertTrue(report.contains("bibo:doi") && report.contains("dct:issued"), report);
        assertFalse(catalog.records().exists(pub.getURI()));
    }

    @Test
    void projectsAndPublicationsAreSearchKinds() {
        usage.putProject(project("p1", "pmsi-mco", "running", "2021-05-03"), SOURCE);
        usage.putPublications(List.of(publication("10.5555/abc.1", "pmsi-mco", "2020")), SOURCE);
        var projects = catalog.search().search(SearchQuery.text("infarctus").withFilter(Facet.KIND, ItemKind.PROJECT.id()));
        assertEquals("http://test.example/project/p1", projects.hits().get(0).iri());
        var pubs = catalog.search().search(SearchQuery.text("Martin").withFilter(Facet.KIND, ItemKind.PUBLICATION.id()));
        assertEquals("https://doi.org/10.5555/abc.1", pubs.hits().get(0).iri());
    }

    static ProjectForm project(String id, String dataset, String status, String submitted) {
        return new ProjectForm("", id, Map.of("fr", "Parcours après un infarctus (" + id + ")"), null,
                Map.of("fr", "Étudier les parcours de soins"), Map.of("fr", "Intérêt public"),
                "Institut fictif", "public", null, List.of(dataset), List.of(dataset), status, submitted, null, null,
                null, null, true, null, List.of("https://test.example/results/" + id), null);
    }

    static PublicationForm publication(String doi, String dataset, String year) {
        return new PublicationForm("", doi, null, "A fixture paper on care pathways", List.of("Martin, Anne", "Durand, Paul"),
                year, "Journal of Fixtures", "en", List.of(dataset), null);
    }

    static CatalogRecord dataset(String id, String title) {
        String iri = "http://test.example/dataset/" + id;
        Node d = NodeFactory.createURI(iri);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(d, RDF.type.asNode(), DCAT.Dataset.asNode());
        g.add(d, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "fr"));
        g.add(d, DCTerms.description.asNode(), NodeFactory.createLiteralLang("Jeu de test " + title, "fr"));
        return new CatalogRecord(iri, RecordKind.DATASET, g, SOURCE);
    }
}

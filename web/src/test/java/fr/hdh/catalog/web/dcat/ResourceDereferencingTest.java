package fr.hdh.catalog.web.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every minted IRI resolves on this server, by its path against the configured base IRI, by content
 * negotiation: datasets, tables, concepts, producers; unknown ones get a clear 404.
 */
class ResourceDereferencingTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static DemoServer demo;

    @BeforeAll
    static void loadDemo() {
        demo = DemoServer.get();
    }

    @Test
    void dataset_GET_anIriTakenFromSparqlAnswersTurtleAndHtml() {
        String query = "PREFIX dcat: <http://www.w3.org/ns/dcat#> SELECT ?d WHERE { ?d a dcat:Dataset } ORDER BY ?d LIMIT 1";
        HttpResponse<String> sparql = demo.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        String iri = sparql.body().strip().split("\r?\n")[1].strip();

        HttpResponse<String> turtle = demo.get(DemoServer.local(iri), "text/turtle");
        assertEquals(200, turtle.statusCode(), turtle.body());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals("Accept", turtle.headers().firstValue("Vary").orElse(""));
        Graph g = CatalogConformanceTest.parse(turtle.body(), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(iri), RDF.type.asNode(), DCAT.Dataset.asNode()));

        HttpResponse<String> html = demo.get(DemoServer.local(iri), BROWSER);
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<script type=\"application/ld+json\">"), "schema.org for search engines");
        assertTrue(html.body().contains("\"@type\":\"Dataset\""), html.body());
    }

    /** What search engines read: the page's one schema.org JSON-LD block, as the raw HTML carries it. */
    @Test
    void dataset_GET_pageCarriesSchemaOrgDatasetJsonLdNamingTheDataset() throws Exception {
        String iri = demo.catalog.iris().dataset("pmsi-mco");
        HttpResponse<String> html = demo.get(DemoServer.local(iri), BROWSER);
        Matcher script = JSON_LD.matcher(html.body());
        assertTrue(script.find(), html.body());
        String text = script.group(1);
        assertFalse(script.find(), "one JSON-LD block");

        JsonNode json = new ObjectMapper().readTree(text);
        assertEquals("Dataset", json.path("@type").asText());
        assertEquals(iri, json.path("@id").asText());
        assertEquals(frenchTitle(iri), json.path("name").asText());
        assertTrue(json.path("description").asText().startsWith("Résumés standardisés"), text);
        assertEquals("Organization", json.path("creator").path("@type").asText());
    }

    @Test
    void dataset_GET_pageShowsTablesVariablesAndCodeLists() {
        String path = DemoServer.local(demo.catalog.iris().dataset("pmsi-mco"));
        HttpResponse<String> html = demo.get(path, BROWSER);
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("T_MCOaaB"), "a table of the dictionary");
        assertTrue(html.body().contains("DGN_PAL"), "a variable");
        assertTrue(html.body().contains("href=\"/vocabulary/snds/"), "a code list, linked on this server");
        assertFalse(html.body().contains("<script>"), "no script but the JSON-LD one");
    }

    @Test
    void dataset_GET_pageNamesVocabularyValuesByTheirLabels() {
        HttpResponse<String> html = demo.get(DemoServer.local(demo.catalog.iris().dataset("pmsi-mco")), BROWSER);

        String facts = html.body().substring(html.body().indexOf("<dl class=\"facts\">"));
        assertTrue(facts.contains(">restreint</a>"), "the access right by its French label: " + facts);
        assertFalse(facts.contains(">http://publications.europa.eu/resource/authority/access-right/RESTRICTED<"), facts);
        assertFalse(facts.contains(">https://hdeu-dcat.data.health.europa.eu/"), "health categories by label: " + facts);
    }

    @Test
    void table_GET_resolvesInsideItsRecordWithItsVariables() {
        String table = demo.catalog.iris().table("pmsi-mco", "T_MCOaaB");
        HttpResponse<String> r = demo.get(DemoServer.local(table), "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = CatalogConformanceTest.parse(r.body(), Lang.NTRIPLES);
        Node variable = NodeFactory.createURI(demo.catalog.iris().variable("pmsi-mco", "T_MCOaaB", "DGN_PAL"));
        assertTrue(g.contains(variable, Node.ANY, Node.ANY), "the table brings its variables");
        HttpResponse<String> html = demo.get(DemoServer.local(table), BROWSER);
        assertTrue(html.body().contains("DGN_PAL"));
    }

    @Test
    void producer_GET_answersJsonLdWithItsContactPoint() {
        String producer = demo.catalog.iris().producer("hdh");
        HttpResponse<String> r = demo.get(DemoServer.local(producer) + "?format=jsonld", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = CatalogConformanceTest.parse(r.body(), Lang.JSONLD);
        assertTrue(g.contains(NodeFactory.createURI(producer + "#contact"), Node.ANY, Node.ANY), r.body());
    }

    @Test
    void dataset_GET_unknownIriIs404SayingWhatWasAsked() {
        HttpResponse<String> r = demo.get("/dataset/no-such-dataset", "text/turtle");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains(DemoServer.BASE + "dataset/no-such-dataset"), r.body());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void sitemap_GET_listsTheCatalogueAndEveryDatasetPage() {
        HttpResponse<String> r = demo.get("/sitemap.xml", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<loc>" + demo.catalog.iris().dataset("pmsi-mco") + "</loc>"), r.body());
        long datasets = demo.catalog.stats().classCounts().getOrDefault(DCAT.Dataset.getURI(), 0L);
        assertEquals(datasets + 1, r.body().split("<url>").length - 1);
    }

    /** The dataset's French title, as the store holds it. */
    private static String frenchTitle(String iri) {
        return demo.catalog.store().read(() -> demo.catalog.store().recordGraph(iri).orElseThrow()
                .find(NodeFactory.createURI(iri), DCTerms.title.asNode(), null).toList().stream()
                .map(t -> t.getObject()).filter(o -> "fr".equals(o.getLiteralLanguage()))
                .map(o -> o.getLiteralLexicalForm()).findFirst().orElseThrow());
    }
}

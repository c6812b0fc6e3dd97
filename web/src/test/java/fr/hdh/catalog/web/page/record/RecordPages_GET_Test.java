package fr.hdh.catalog.web.page.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages of a table, a variable and a producer over HTTP, read as a browser reads them: a table lists
 * its variables in a real table with links, a variable shows its code list with its first codes, its
 * mappings and the other tables with a variable of the same name, a producer lists its datasets; labels
 * from the data are text, and a {@code javascript:} homepage is no link. Anything else keeps the generic page.
 */
class RecordPages_GET_Test {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BASE = "http://test.example/";
    /** Two datasets of one producer sharing the key PATIENT_ID, a code list of 25 codes, a mapping set. */
    private static final String RECORDS = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix csvw: <http://www.w3.org/ns/csvw#> .
            @prefix hdh:  <https://w3id.org/hdh-catalog/ns#> .
            @prefix health: <http://healthdataportal.eu/ns/health#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix sssom: <https://w3id.org/sssom/> .
            @prefix adms: <http://www.w3.org/ns/adms#> .
            @prefix cv:   <http://data.europa.eu/m8g/> .
            <http://test.example/producer/p> {
              <http://test.example/producer/p> a foaf:Organization ; foaf:name "Producteur <script>alert('p')</script>"@fr ;
                  dct:description "Publie des séjours."@fr ;
                  foaf:homepage <javascript:alert('homepage')> ; cv:contactPoint <http://test.example/producer/p#contact> .
              <http://test.example/producer/p#contact> cv:contactPage <https://producteur.example/contact> ;
                  cv:email <mailto:contact@producteur.example> .
            }
            <http://test.example/dataset/stays> {
              <http://test.example/dataset/stays> a dcat:Dataset ; dct:title "Séjours"@fr, "Stays"@en ;
                  dct:publisher <http://test.example/producer/p> ; health:hasVariables <http://test.example/dataset/stays/dictionary> .
              <http://test.example/dataset/stays/dictionary> a csvw:TableGroup ;
                  csvw:table <http://test.example/dataset/stays/table/STAY>, <http://test.example/dataset/stays/table/UNIT> .
              <http://test.example/dataset/stays/table/STAY> a csvw:Table ; csvw:name "STAY" ; dct:description "Un séjour par ligne."@fr ;
                  csvw:primaryKey "STAY_ID" ;
                  csvw:column <http://test.example/dataset/stays/table/STAY/variable/STAY_ID>,
                              <http://test.example/dataset/stays/table/STAY/variable/PATIENT_ID>,
                              <http://test.example/dataset/stays/table/STAY/variable/DIAG> .
              <http://test.example/dataset/stays/table/STAY/variable/STAY_ID> a csvw:Column ; csvw:name "STAY_ID" ;
                  csvw:title "Identifiant du séjour"@fr ; csvw:datatype xsd:string ; hdh:fieldLength 12 .
              <http://test.example/dataset/stays/table/STAY/variable/PATIENT_ID> a csvw:Column ; csvw:name "PATIENT_ID" ;
                  csvw:title "Patient"@fr ; csvw:datatype xsd:string .
              <http://test.example/dataset/stays/table/STAY/variable/DIAG> a csvw:Column ; csvw:name "DIAG" ;
                  csvw:title "Diagnostic <b>principal</b>"@fr ; dct:description "Le code du diagnostic principal."@fr ;
                  csvw:datatype xsd:string ; hdh:fieldLength 6 ; hdh:codeList <http://test.example/vocabulary/test/DIAGS> .
              <http://test.example/dataset/stays/table/UNIT> a csvw:Table ; csvw:name "UNIT" ;
                  csvw:column <http://test.example/dataset/stays/table/UNIT/variable/PATIENT_ID> .
              <http://test.example/dataset/stays/table/UNIT/variable/PATIENT_ID> a csvw:Column ; csvw:name "PATIENT_ID" .
            }
            <http://test.example/dataset/deaths> {
              <http://test.example/dataset/deaths> a dcat:Dataset ; dct:title "Décès"@fr, "Deaths"@en ;
                  dct:publisher <http://test.example/producer/p> ; health:hasVariables <http://test.example/dataset/deaths/dictionary> .
              <http://test.example/dataset/deaths/dictionary> a csvw:TableGroup ; csvw:table <http://test.example/dataset/deaths/table/DEATH> .
              <http://test.example/dataset/deaths/table/DEATH> a csvw:Table ; csvw:name "DEATH" ;
                  csvw:column <http://test.example/dataset/deaths/table/DEATH/variable/PATIENT_ID>,
                              <http://test.example/dataset/deaths/table/DEATH/variable/SEX> .
              <http://test.example/dataset/deaths/table/DEATH/variable/PATIENT_ID> a csvw:Column ; csvw:name "PATIENT_ID" .
              <http://test.example/dataset/deaths/table/DEATH/variable/SEX> a csvw:Column ; csvw:name "SEX" ;
                  hdh:codeList <http://test.example/dataset/deaths/codes/SEX> .
              <http://test.example/dataset/deaths/codes/SEX> a skos:ConceptScheme ; skos:prefLabel "Sexe"@fr .
              <http://test.example/dataset/deaths/codes/SEX/1> skos:inScheme <http://test.example/dataset/deaths/codes/SEX> ;
                  skos:notation "1" ; skos:prefLabel "Masculin"@fr .
              <http://test.example/dataset/deaths/codes/SEX/2> skos:inScheme <http://test.example/dataset/deaths/codes/SEX> ;
                  skos:notation "2" ; skos:prefLabel "Féminin"@fr .
            }
            <http://test.example/mapping-set/m> {
              <http://test.example/mapping-set/m> a sssom:MappingSet ; sssom:mappings <http://test.example/mapping-set/m/mapping/1> .
              <http://test.example/mapping-set/m/mapping/1> a owl:Axiom, sssom:Mapping ;
                  owl:annotatedSource <http://test.example/dataset/stays/table/STAY/variable/DIAG> ;
                  owl:annotatedProperty skos:closeMatch ;
                  owl:annotatedTarget <http://hl7.org/fhir/Condition.code> ; sssom:object_label "Condition.code" ;
                  adms:status "proposed" .
            }
            """;

    private static Catalog catalog;
    private static CatalogServer server;

    @BeforeAll
    static void start() {
        catalog = Catalog.open(CatalogConfig.inMemory(BASE), EuVocabularies.bundled().lookup());
        DatasetGraph stored = DatasetGraphFactory.create();
        RDFParser.fromString(RECORDS + codeList(25), Lang.TRIG).parse(stored);
        catalog.records().restore(stored, Progress.NONE);
        Readiness readiness = new Readiness();
        readiness.ready();
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new SearchWebModule(catalog), new DcatWebModule(catalog)));
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    /** A code list of {@code n} codes C01…, each labelled. */
    private static String codeList(int n) {
        StringBuilder trig = new StringBuilder("<http://test.example/vocabulary/test/DIAGS> {\n"
                + "<http://test.example/vocabulary/test/DIAGS> a <http://www.w3.org/2004/02/skos/core#ConceptScheme> ;"
                + " <http://www.w3.org/2004/02/skos/core#prefLabel> \"Diagnostics\"@fr .\n");
        for (int i = 1; i <= n; i++) {
            String code = String.format("C%02d", i);
            trig.append("<http://test.example/vocabulary/test/DIAGS/").append(code).append("> <http://www.w3.org/2004/02/skos/core#inScheme> <http://test.example/vocabulary/test/DIAGS> ;")
                    .append(" <http://www.w3.org/2004/02/skos/core#notation> \"").append(code).append("\" ;")
                    .append(" <http://www.w3.org/2004/02/skos/core#prefLabel> \"Maladie ").append(i).append("\"@fr .\n");
        }
        return trig.append("}\n").toString();
    }

    @Test
    void table_GET_listsItsVariablesInATableWithLinksAndTheOtherTablesOfItsDataset() throws Exception {
        Document page = page("/dataset/stays/table/STAY");
        assertEquals(List.of("Producteur <script>alert('p')</script>", "Séjours", "STAY"),
                page.select("nav.breadcrumb li").eachText(), "producer › dataset › table");
        assertEquals("/dataset/stays", page.selectFirst("nav.breadcrumb a[href='/dataset/stays']").attr("href"));
        assertEquals("page", page.selectFirst("nav.breadcrumb li:last-child").attr("aria-current"));
        assertEquals("STAY", page.selectFirst("h1 code").text());
        assertEquals("Un séjour par ligne.", page.selectFirst("p.description").text());

        List<Element> rows = page.select("table.variables > tbody > tr");
        assertEquals(List.of("DIAG", "PATIENT_ID", "STAY_ID"), rows.stream().map(r -> r.selectFirst("th").text()).toList());
        assertEquals("/dataset/stays/table/STAY/variable/DIAG", rows.get(0).selectFirst("th a").attr("href"));
        assertEquals("Diagnostic <b>principal</b>", rows.get(0).select("td").get(0).text(), "a label from the data is text");
        assertTrue(rows.get(0).select("td b").isEmpty(), "a label from the data makes no element");
        assertEquals("6", rows.get(0).select("td").get(2).text(), "the length");
        assertEquals("/vocabulary/test/DIAGS", rows.get(0).selectFirst("td a[href^='/vocabulary/']").attr("href"));
        assertEquals("clé", rows.get(2).selectFirst("td.key").text(), "STAY_ID is the primary key");
        assertEquals("", rows.get(1).selectFirst("td.key").text());
        assertEquals(List.of("UNIT"), page.select("ul.other-tables a").eachText());
        assertEquals("/dataset/stays/table/UNIT", page.selectFirst("ul.other-tables a").attr("href"));
        assertEquals(List.of("Turtle", "JSON-LD", "RDF/XML", "N-Triples"), page.select("p.formats a").eachText());
        assertTrue(page.select("main script").isEmpty(), "the producer's name made no script");
    }

    @Test
    void variable_GET_showsItsCodeListMappingsAndTheOtherTablesWithTheSameName() throws Exception {
        Document diag = page("/dataset/stays/table/STAY/variable/DIAG");
        assertEquals(List.of("Séjours", "STAY", "DIAG"), diag.select("nav.breadcrumb li").eachText(), "dataset › table › variable");
        assertEquals("/dataset/stays/table/STAY", diag.selectFirst("nav.breadcrumb a[href$='/STAY']").attr("href"));
        assertEquals("Le code du diagnostic principal.", diag.selectFirst("p.description").text());
        assertEquals("Diagnostics", diag.selectFirst("section.code-list p.code-list-name a[href='/vocabulary/test/DIAGS']").text());
        List<String> codes = diag.select("section.code-list ul.codes > li > a").eachText();
        assertEquals(20, codes.size(), "the first twenty of 25 codes inline");
        assertEquals("C01", codes.get(0));
        assertEquals("C01 Maladie 1", diag.selectFirst("section.code-list ul.codes > li").text());
        assertTrue(diag.selectFirst("section.code-list p.summary").text().contains("25"), "says how many codes there are");
        assertEquals("/vocabulary/test/DIAGS", diag.selectFirst("a.all-codes").attr("href"));

        Element mapping = diag.selectFirst("table.mappings > tbody > tr");
        assertNotNull(mapping, "the SSSOM mapping whose subject is the variable");
        assertEquals("skos:closeMatch", mapping.select("td").get(0).text());
        assertEquals("http://hl7.org/fhir/Condition.code", mapping.selectFirst("td a").attr("href"));
        assertEquals("proposed", mapping.select("td").get(2).text());

        Document key = page("/dataset/stays/table/STAY/variable/PATIENT_ID");
        List<Element> also = key.select("section.also-in ul.also-in > li");
        assertEquals(2, also.size(), "the two other tables with a PATIENT_ID");
        assertEquals(List.of("/dataset/deaths/table/DEATH/variable/PATIENT_ID", "/dataset/stays/table/UNIT/variable/PATIENT_ID"),
                key.select("section.also-in li > code > a").eachAttr("href").stream().sorted().toList());
        assertTrue(key.select("section.also-in a[href='/dataset/deaths']").first().text().equals("Décès"), "with its dataset");
        assertTrue(key.select("table.mappings").isEmpty() && key.selectFirst("section.mappings p") != null, "says it has no mapping");
    }

    @Test
    void aCodeListDescribedInsideADatasetsRecord_showsItsCodesToo() throws Exception {
        Document sex = page("/dataset/deaths/table/DEATH/variable/SEX");
        assertEquals(List.of("1 Masculin", "2 Féminin"), sex.select("section.code-list ul.codes > li").eachText());
        assertTrue(sex.selectFirst("section.code-list p.summary").text().contains("2"));
    }

    @Test
    void producer_GET_listsItsDatasetsWithTheSizeOfTheirDictionariesAndNoScriptLink() throws Exception {
        Document page = page("/producer/p");
        assertEquals("Producteur <script>alert('p')</script>", page.selectFirst("h1").text());
        assertTrue(page.select("main script").isEmpty());
        assertEquals("Publie des séjours.", page.selectFirst("p.description").text());

        List<Element> rows = page.select("table.datasets > tbody > tr");
        assertEquals(List.of("Décès", "Séjours"), rows.stream().map(r -> r.selectFirst("th a").text()).toList());
        assertEquals(List.of("1", "2"), rows.get(0).select("td").eachText(), "one table, two variables");
        assertEquals(List.of("2", "4"), rows.get(1).select("td").eachText(), "two tables, four variables");
        assertEquals("/dataset/stays", rows.get(1).selectFirst("th a").attr("href"));

        assertTrue(page.select("a[href^=javascript]").isEmpty(), "a javascript: homepage is no link");
        assertTrue(page.select("ul.contacts > li").eachText().contains("javascript:alert('homepage')"), "it is shown as text");
        assertEquals("https://producteur.example/contact", page.selectFirst("ul.contacts a[href^=https]").attr("href"));
        assertEquals("contact@producteur.example", page.selectFirst("ul.contacts a[href^=mailto]").text());
        assertEquals("/search?producer=" + java.net.URLEncoder.encode(BASE + "producer/p", java.nio.charset.StandardCharsets.UTF_8),
                page.selectFirst("p.search-producer a").attr("href"));
    }

    @Test
    void inEnglish_theLabelsOfThePageAreEnglish() throws Exception {
        Document page = page("/dataset/stays/table/STAY?lang=en");
        assertEquals("Stays", page.select("nav.breadcrumb li").get(1).text());
        assertEquals("Variables (3)", page.selectFirst("section.variables h2").text());
    }

    @Test
    void aCodeList_GET_keepsTheGenericPage() throws Exception {
        Document page = page("/vocabulary/test/DIAGS");
        assertNull(page.selectFirst("nav.breadcrumb"));
        assertFalse(page.select("ul.members > li, main details").isEmpty(), "its codes, as before");
    }

    @Test
    void aVariablePage_showsItsCodeListAsItIsAfterTheListChanges() throws Exception {
        String path = "/dataset/stays/table/STAY/variable/DIAG";
        assertTrue(page(path).selectFirst("section.code-list p.summary").text().contains("25"));
        try {
            DatasetGraph longer = DatasetGraphFactory.create();
            RDFParser.fromString(codeList(30), Lang.TRIG).parse(longer);
            catalog.records().restore(longer, Progress.NONE);

            assertTrue(page(path).selectFirst("section.code-list p.summary").text().contains("30"),
                    "the size of the list kept for variable pages follows the store");
        } finally {
            DatasetGraph back = DatasetGraphFactory.create();
            RDFParser.fromString(codeList(25), Lang.TRIG).parse(back);
            catalog.records().restore(back, Progress.NONE);
        }
    }

    @Test
    void aVariablePage_isCachedUntilAMappingOfItChanges() throws Exception {
        String path = "/dataset/stays/table/STAY/variable/STAY_ID";
        HttpResponse<String> first = get(path, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get(path, etag).statusCode(), "unchanged: not modified");

        DatasetGraph mapping = DatasetGraphFactory.create();
        RDFParser.fromString("""
                <http://test.example/mapping-set/ids> {
                  <http://test.example/mapping-set/ids/mapping/1> a <https://w3id.org/sssom/Mapping> ;
                      <http://www.w3.org/2002/07/owl#annotatedSource> <http://test.example/dataset/stays/table/STAY/variable/STAY_ID> ;
                      <http://www.w3.org/2002/07/owl#annotatedProperty> <http://www.w3.org/2004/02/skos/core#exactMatch> ;
                      <http://www.w3.org/2002/07/owl#annotatedTarget> <http://test.example/standard/omop-cdm-5.4/table/visit_occurrence/field/visit_occurrence_id> .
                }
                """, Lang.TRIG).parse(mapping);
        catalog.records().restore(mapping, Progress.NONE);
        HttpResponse<String> changed = get(path, etag);
        assertEquals(200, changed.statusCode(), "a mapping stored in another record changes the page");
        assertEquals("/standard/omop-cdm-5.4/table/visit_occurrence/field/visit_occurrence_id",
                Jsoup.parse(changed.body()).selectFirst("table.mappings td a").attr("href"), "an OMOP field minted here is a local link");
    }

    private static HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).header("Accept", "text/html");
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body());
    }
}

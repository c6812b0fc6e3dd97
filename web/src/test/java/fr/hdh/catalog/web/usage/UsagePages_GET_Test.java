package fr.hdh.catalog.web.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.usage.ProjectForm;
import fr.hdh.catalog.core.usage.PublicationForm;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.site.SiteWebModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dataset page lists the publications that cite the dataset, each a link to its DOI, and the projects
 * that used it, with counts by year; a publication added through the API shows at once, even to a browser
 * holding the page's ETag; the home page ranks the most reused datasets. Fixtures (10.5555), not real papers.
 */
class UsagePages_GET_Test {
    static final String BASE = "http://test.example/";
    static final String ADMIN = "admin-token-of-the-usage-tests-0123";
    static final RecordSource SOURCE = new RecordSource("urn:test", "test");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static Catalog catalog;
    static CatalogServer server;

    @BeforeAll
    static void start() {
        catalog = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE);
        catalog.records().putAll(List.of(Usage_POST_Test.dataset("pmsi-mco"), Usage_POST_Test.dataset("snds-dcir")), Progress.NONE);
        catalog.usage().putProject(new ProjectForm("", "page-p1", Map.of("fr", "Projet des pages", "en", "Pages project"),
                null, null, null, "Institut fictif", "public", null, null, List.of("snds-dcir"), "running", "2021-02-01",
                null, null, null, null, null, null, null, null), SOURCE);
        catalog.usage().putPublications(List.of(new PublicationForm("", "10.5555/page.1", null, "Fixture <b>paper</b>",
                List.of("Martin, Anne", "Durand, Paul", "Doe, Jane", "Roe, Rick"), "2022", "Journal of Fixtures", "en",
                List.of("pmsi-mco"), null)), SOURCE);
        Readiness readiness = new Readiness();
        readiness.ready();
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                readiness, List.of(new SiteWebModule(catalog), new SearchWebModule(catalog), new DcatWebModule(catalog),
                        new UsageWebModule(catalog, Optional.of(ADMIN))));
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    @Test
    void theDatasetPageListsItsPublicationsWithDoiLinksAndShowsANewOneAtOnce() throws Exception {
        HttpResponse<String> page = html("/dataset/pmsi-mco?lang=en", null);
        assertEquals(200, page.statusCode());
        Element reuse = Jsoup.parse(page.body()).selectFirst("section.usage");
        Element paper = reuse.selectFirst("ul.publications a[href=\"https://doi.org/10.5555/page.1\"]");
        assertEquals("Fixture <b>paper</b>", paper.text(), "a link to the DOI, the title shown as the text it is");
        assertTrue(reuse.selectFirst("ul.publications li").text().contains("Martin, Anne, Durand, Paul, Doe, Jane et al."), reuse.text());
        assertEquals("Projects: 0 · Publications: 1", reuse.selectFirst("p.reuse-counts").text());
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, html("/dataset/pmsi-mco?lang=en", etag).statusCode());

        HttpResponse<String> added = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/publications?dataset=pmsi-mco")))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("doi,title,year\n10.5555/page.2,Second fixture,2023\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, added.statusCode(), added.body());
        HttpResponse<String> again = html("/dataset/pmsi-mco?lang=en", etag);
        assertEquals(200, again.statusCode(), "a new publication changes the page, so its ETag");
        assertEquals(List.of("https://doi.org/10.5555/page.2", "https://doi.org/10.5555/page.1"),
                Jsoup.parse(again.body()).select("section.usage ul.publications a").eachAttr("href"), "the latest first");
    }

    @Test
    void theDatasetPageListsTheProjectsThatUsedItAndItsYears() throws Exception {
        Element reuse = Jsoup.parse(html("/dataset/snds-dcir?lang=fr", null).body()).selectFirst("section.usage");
        assertEquals("Projet des pages", reuse.selectFirst("ul.projects a[href=/project/page-p1]").text());
        assertEquals(List.of("2021", "1", "0"), reuse.select("table.reuse-years tbody td").eachText(), "year, projects, publications");
        assertEquals(200, html("/project/page-p1", null).statusCode(), "the project's own page");
    }

    @Test
    void theHomePageRanksTheMostReusedDatasets() throws Exception {
        Document home = Jsoup.parse(html("/?lang=en", null).body());
        Element reused = home.selectFirst("section.reused");
        assertEquals("Most reused", reused.selectFirst("h2").text());
        assertTrue(reused.select("ol.reused a").eachAttr("href").containsAll(List.of("/dataset/pmsi-mco", "/dataset/snds-dcir")),
                reused.text());
        assertTrue(home.select("ul.counts span").eachText().contains("projects"), "projects are counted: " + home.select("ul.counts").text());
    }

    @Test
    void theDirectoryPagesListProjectsAndPublicationsInTheReadersLanguage() throws Exception {
        Element project = Jsoup.parse(html("/projects?lang=fr", null).body()).selectFirst("section.project");
        assertEquals("Projet des pages", project.selectFirst("a[href=/project/page-p1]").text());
        assertTrue(project.text().contains("Institut fictif (public)") && project.text().contains("en cours"), project.text());
        assertEquals("2021-02-01", project.selectFirst("time").attr("datetime"));
        assertEquals("Jeu snds-dcir", project.selectFirst("a[href=/dataset/snds-dcir]").text());
        String english = html("/projects?lang=en", null).body();
        assertTrue(english.contains("Pages project") && english.contains("running"), english);
        Element publication = Jsoup.parse(html("/publications?lang=en", null).body()).selectFirst("ul.publications li:has(a[href=\"https://doi.org/10.5555/page.1\"])");
        assertEquals("Fixture <b>paper</b>", publication.selectFirst("a[href=\"https://doi.org/10.5555/page.1\"]").text());
        assertEquals("Jeu pmsi-mco", publication.selectFirst("span.cites a[href=/dataset/pmsi-mco]").text());
    }

    private static HttpResponse<String> html(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html");
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }
}

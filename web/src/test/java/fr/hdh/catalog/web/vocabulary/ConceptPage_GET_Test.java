package fr.hdh.catalog.web.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A concept's IRI dereferenced as HTML is its concept page (breadcrumb from the scheme down, labels,
 * narrower concepts, mappings, the variable using its scheme), read as a browser reads it; a hostile
 * label stays text; {@code /vocabularies} lists the schemes by kind and filters them; the nav links it.
 */
class ConceptPage_GET_Test {
    static VocabularyServer server;

    @BeforeAll
    static void start() {
        server = VocabularyServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Document page(String path) {
        HttpResponse<String> r = server.get(path + (path.contains("?") ? "&" : "?") + "lang=fr", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        return Jsoup.parse(r.body());
    }

    @Test
    void aSubcodesPageShowsWhereItSitsAndWhatUsesIt() {
        Document p = page("/vocabulary/snds/MS_CIM_V/I210");
        List<String> crumbs = p.select("nav.breadcrumb li").eachText();
        assertEquals(List.of("Vocabulaires", "Codes Diagnostics (CIM10) pour le PMSI", "I21"), crumbs);
        assertEquals("/vocabulary/snds/MS_CIM_V", p.select("nav.breadcrumb li a").get(1).attr("href"));
        assertEquals("/vocabulary/snds/MS_CIM_V/I21", p.select("nav.breadcrumb li a").get(2).attr("href"));
        assertEquals("I210", p.selectFirst("h1 code.notation").text());
        assertTrue(p.selectFirst("h1").text().contains("Infarctus (transmural aigu)"), p.selectFirst("h1").text());
        assertTrue(p.select("ul.narrower").isEmpty(), "I210 has nothing beneath it");
        Element variable = p.selectFirst("table.variables tbody tr");
        assertNotNull(variable, "the variable coded with MS_CIM_V is listed");
        assertEquals(List.of("DGN_PAL", "T_MCOaaB", "PMSI MCO"), variable.select("td").eachText());
        assertEquals("/dataset/pmsi-mco/table/T_MCOaaB/variable/DGN_PAL", variable.selectFirst("td a").attr("href"));
        assertEquals("/dataset/pmsi-mco", variable.select("td a").get(2).attr("href"));
    }

    @Test
    void aCodesPageListsItsNarrowerCodesAndItsMappings() {
        Document p = page("/vocabulary/snds/MS_CIM_V/I21");
        assertEquals(List.of("Vocabulaires", "Codes Diagnostics (CIM10) pour le PMSI"), p.select("nav.breadcrumb li").eachText());
        Element narrower = p.selectFirst("ul.narrower li a");
        assertEquals("I210", narrower.text());
        assertEquals("/vocabulary/snds/MS_CIM_V/I210", narrower.attr("href"));
        List<Element> rows = p.select("table.mappings tbody tr");
        assertEquals(2, rows.size(), p.select("table.mappings").outerHtml());
        Element who = rows.stream().filter(r -> r.text().contains("id.who.int")).findFirst().orElseThrow();
        assertEquals("http://id.who.int/icd/release/10/I21", who.selectFirst("td a").attr("href"));
        Element snomed = rows.stream().filter(r -> r.text().contains("Acute myocardial infarction")).findFirst().orElseThrow();
        assertEquals("skos:exactMatch", snomed.selectFirst("td code").text());
        assertEquals("http://snomed.info/id/57054005", snomed.select("td").get(1).selectFirst("a").attr("href"));
        assertEquals(List.of("0.9", "proposed"), snomed.select("td").subList(3, 5).stream().map(Element::text).toList());
        assertTrue(snomed.select("td").get(5).selectFirst("a").attr("href").startsWith("/api/mappings?set="));
        assertEquals("PMSI MCO", p.selectFirst("ul.datasets li a").text(), "the dataset declaring the list");
        assertEquals("/api/concepts?iri=" + URLEncoder.encode(VocabularyServer.I21, StandardCharsets.UTF_8),
                p.selectFirst("p.formats a").attr("href"));
    }

    @Test
    void aHostileLabelIsShownAsText() {
        Document p = page("/vocabulary/snds/MS_CIM_V/I21");
        assertTrue(p.select("main script").isEmpty(), "the label made no script element");
        assertTrue(p.select("main b").isEmpty(), "nor any other element");
        assertTrue(p.select("table.labels td").eachText().contains("<script>alert('label')</script><b>bold</b>"),
                p.select("table.labels").text());
    }

    @Test
    void anEndedCodeSaysSoAboveItsLabels() {
        Document ended = page("/vocabulary/fhir/sexe/U");
        Element notice = ended.selectFirst("main p.notice.retired");
        assertNotNull(notice, ended.select("main").text());
        assertTrue(notice.text().startsWith("Concept retiré"), notice.text());
        assertNull(page("/vocabulary/fhir/sexe/UN").selectFirst("main p.notice.retired"), "its replacement is current");
    }

    @Test
    void theVocabularyBrowserGroupsTheSchemesByKindAndFilters() {
        Document p = page("/vocabularies");
        Element group = p.selectFirst("section.vocabulary-kind[data-kind=cim-10]");
        assertNotNull(group, p.select("main").text());
        Element row = group.selectFirst("table.vocabularies tbody tr");
        assertEquals("/vocabulary/snds/MS_CIM_V", row.selectFirst("a").attr("href"));
        assertEquals(List.of("Codes Diagnostics (CIM10) pour le PMSI", "MS_CIM_V", "3"), row.select("td").eachText(),
                "label, identifier, concepts; no version");
        assertNotNull(p.selectFirst("header nav.site a[href=/vocabularies]"), "the site's nav links the browser");

        String hostile = "<script>x</script>";
        Document none = page("/vocabularies?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
        assertTrue(none.select("section.vocabulary-kind").isEmpty());
        assertTrue(none.select("main script").isEmpty());
        assertEquals(hostile, none.selectFirst("#vocabulary-filter").val());
        assertTrue(none.selectFirst("p.summary").text().contains(hostile));
        assertEquals(1, page("/vocabularies?q=ms_cim").select("section.vocabulary-kind tbody tr").size());
    }
}

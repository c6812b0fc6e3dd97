package fr.hdh.catalog.web.page.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.ontologies.CSVW;
import fr.hdh.catalog.web.page.DemoSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table, variable and producer pages on the demo content, checked against the store: PMSI MCO's
 * stay table lists every one of its variables, the shared key {@code BEN_NIR_PSA} says which other
 * tables have it, and a producer's page lists each of its datasets with the size of its dictionary.
 */
class RecordPagesDemo_GET_Test {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DemoSite site;

    @BeforeAll
    static void start() {
        site = DemoSite.get();
    }

    @Test
    void theStayTableOfPmsiMco_listsEachOfItsVariables() throws Exception {
        String table = site.catalog().iris().table("pmsi-mco", "T_MCOaaB");
        Document page = page(table);
        long stored = count(NodeFactory.createURI(table), CSVW.column.asNode(), null);
        assertEquals(stored, page.select("table.variables > tbody > tr").size(), "every variable of the table");
        Element dgnPal = page.selectFirst("table.variables tr[data-variable=DGN_PAL]");
        assertEquals(path(site.catalog().iris().variable("pmsi-mco", "T_MCOaaB", "DGN_PAL")), dgnPal.selectFirst("th a").attr("href"));
        assertTrue(dgnPal.selectFirst("td a").attr("href").startsWith("/vocabulary/snds/"), "its code list");
        assertFalse(page.select("ul.other-tables a").isEmpty(), "PMSI MCO's other tables");
    }

    @Test
    void aSharedKey_saysWhichOtherTablesHaveIt() throws Exception {
        List<Node> columns = site.catalog().store().read(() -> site.catalog().store().union()
                .find(null, CSVW.name.asNode(), NodeFactory.createLiteralString("BEN_NIR_PSA")).mapWith(t -> t.getSubject())
                .toList().stream().distinct().sorted(java.util.Comparator.comparing(Node::getURI)).toList());
        assertTrue(columns.size() > 2, "BEN_NIR_PSA is in several tables of the demo: " + columns.size());
        Document page = page(columns.get(0).getURI());
        List<String> also = page.select("section.also-in li > code > a").eachAttr("href");
        assertEquals(Math.min(columns.size() - 1, 100), also.size());
        assertTrue(columns.stream().skip(1).limit(100).allMatch(c -> also.contains(path(c.getURI()))), also.toString());
        assertTrue(page.select("section.also-in li > a[href^='/dataset/']").size() > 0, "with their datasets");
    }

    @Test
    void aProducer_listsItsDatasetsWithTheSizeOfTheirDictionaries() throws Exception {
        String atih = site.catalog().iris().producer("atih");
        Document page = page(atih);
        long datasets = count(null, DCTerms.publisher.asNode(), NodeFactory.createURI(atih));
        List<Element> rows = page.select("table.datasets > tbody > tr");
        assertEquals(datasets, rows.size(), "every dataset ATIH publishes");
        String pmsi = site.catalog().iris().dataset("pmsi-mco");
        Element mco = page.selectFirst("table.datasets tr:has(th a[href='" + path(pmsi) + "'])");
        long tables = site.catalog().store().read(() -> site.catalog().store().union()
                .find(null, CSVW.table.asNode(), null).filterKeep(t -> t.getObject().getURI().startsWith(pmsi + "/table/"))
                .mapWith(t -> t.getObject()).toSet().size());
        assertEquals(tables, Long.parseLong(mco.select("td").get(0).text().replaceAll("[^0-9]", "")));
        assertTrue(site.catalog().store().read(() -> site.catalog().store().union()
                .contains(NodeFactory.createURI(pmsi), RDF.type.asNode(), DCAT.Dataset.asNode())));
        assertTrue(page.selectFirst("p.search-producer a").attr("href").startsWith("/search?producer="));
    }

    private static long count(Node s, Node p, Node o) {
        return site.catalog().store().read(() -> (long) site.catalog().store().union().find(s, p, o).toList().stream().distinct().count());
    }

    private static String path(String iri) {
        return site.urlOf(iri).substring(site.url("").length());
    }

    private static Document page(String iri) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(site.urlOf(iri))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), iri);
        return Jsoup.parse(r.body());
    }
}

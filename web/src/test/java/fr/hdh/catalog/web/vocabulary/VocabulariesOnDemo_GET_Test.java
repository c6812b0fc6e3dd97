package fr.hdh.catalog.web.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.web.page.DemoSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary API and pages on the real demo content: the 515 schemes with their kinds, the CIM-10
 * hierarchy of I21, the shipped SSSOM mapping of the SNDS sex code 1 to OMOP's MALE, the variables coded
 * with the CIM-10, and the search that puts the exact code first.
 */
class VocabulariesOnDemo_GET_Test {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(DemoSite.get().url(path))).header("Accept", accept)
                .header("Accept-Language", "fr").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path, "application/json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void everySchemeIsListedWithItsKind() throws Exception {
        Map<String, Integer> kinds = new TreeMap<>();
        int total = 0;
        for (int page = 1; page <= 3; page++) {
            JsonNode p = json("/api/vocabularies?size=200&page=" + page);
            total = p.get("total").asInt();
            p.get("items").forEach(i -> kinds.merge(i.get("kind").asText(), 1, Integer::sum));
        }
        assertEquals(515, total, "the demo's concept schemes");
        assertEquals(515, kinds.values().stream().mapToInt(Integer::intValue).sum(), kinds.toString());
        assertEquals(505, kinds.get("snds") + kinds.get("cim-10"), "the SNDS nomenclatures: " + kinds);
        assertTrue(kinds.get("cim-10") >= 2 && kinds.get("eu-authority") >= 4, kinds.toString());
        JsonNode cim = json("/api/vocabularies?q=IR_CIM_V").get("items").get(0);
        assertEquals("cim-10", cim.get("kind").asText());
        assertTrue(cim.get("concepts").asInt() > 18_000, cim.toString());
    }

    @Test
    void i21HasItsSubcodesAndTheVariablesCodedWithTheCim10() throws Exception {
        JsonNode i21 = json("/api/concepts/IR_CIM_V/I21");
        List<String> narrower = new ArrayList<>();
        i21.get("narrower").get("concepts").forEach(n -> narrower.add(n.get("notation").asText()));
        assertTrue(narrower.contains("I210") && narrower.contains("I219"), narrower.toString());
        List<String> variables = new ArrayList<>();
        i21.get("usedBy").get("variables").forEach(v -> variables.add(v.get("variable").get("iri").asText()));
        assertTrue(variables.contains(DemoSite.BASE + "dataset/cepidc-bcmd/table/KI_CCI_R/variable/DCD_CIM_COD"), variables.toString());

        Document page = Jsoup.parse(get("/vocabulary/snds/IR_CIM_V/I210", "text/html").body());
        assertEquals("/vocabulary/snds/IR_CIM_V/I21", page.select("nav.breadcrumb li a").last().attr("href"));
    }

    @Test
    void theShippedSssomSetMapsTheSexCodeToOmop() throws Exception {
        JsonNode male = json("/api/concepts/IR_SEX_V/1");
        JsonNode m = male.get("mappings").get("sssom").get(0);
        assertEquals("https://athena.ohdsi.org/search-terms/terms/8507", m.get("object").get("iri").asText());
        assertEquals("MALE", m.get("object").get("label").asText());
        assertEquals(0.95, m.get("confidence").asDouble());
        assertEquals(DemoSite.BASE + "mapping-set/snds-omop-fhir", m.get("set").asText());
    }

    @Test
    void searchingACodePutsTheConceptOfThatCodeFirst() throws Exception {
        JsonNode hits = json("/api/search?q=I21&kind=concept").get("hits");
        assertEquals("I21", hits.get(0).get("name").asText(), hits.toString());
        assertEquals("I21", json("/api/search?q=i21").get("hits").get(0).get("name").asText(), "case aside, among every kind");
    }
}

package fr.hdh.catalog.web.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.web.page.DemoSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/indicators} on the demo content (the bundled datasets.csv, real SNDS catalogue
 * entries): the catalogue-entry indicators count what the file says, by wave and year of the order.
 */
class IndicatorsOnDemo_GET_Test {

    @Test
    void indicators_GET_countsTheDemoCataloguesEntriesByWave() throws Exception {
        DemoSite demo = DemoSite.get();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(demo.url("/api/indicators")))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Map<String, JsonNode> byId = new HashMap<>();
        new ObjectMapper().readTree(r.body()).forEach(i -> byId.put(i.get("id").asText(), i));
        // datasets.csv: 6 rows "catalogue SNDS (arrêté du 07/02/2025)", 2 "(arrêté du 12/05/2022)", 1 whose order is
        // not verified, all "restricted: on request…".
        JsonNode priority = byId.get("priority-databases-on-request");
        assertEquals(9, priority.get("value").asInt());
        assertEquals("[[\"\",\"catalogue SNDS (fiche HDH ; arrêté d'inscription non vérifié)\",\"1\"],"
                + "[\"2022\",\"catalogue SNDS (arrêté du 12/05/2022)\",\"2\"],[\"2025\",\"catalogue SNDS (arrêté du 07/02/2025)\",\"6\"]]",
                priority.get("breakdown").get("rows").toString());
        // Of the main base's 11 rows, one states a frequency ("annual (about 2-year lag)").
        assertEquals(1, byId.get("base-sources-updated").get("value").asInt());
        // The demo holds no project, publication, hub-served distribution or harvested catalogue.
        assertEquals(0, byId.get("databases-replicated-in-hub").get("value").asInt());
        assertTrue(byId.get("project-months").get("value").isNull());
        assertEquals(0, byId.get("transparency-register").get("value").asInt());
        assertEquals(0, byId.get("international-partnerships").get("value").asInt());
    }
}

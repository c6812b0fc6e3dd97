package fr.hdh.catalog.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.server.CatalogServer;
import fr.hdh.catalog.web.server.Readiness;
import fr.hdh.catalog.web.server.WebModule;
import fr.hdh.catalog.web.sys.WebModules;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /openapi.json} is served, and it describes exactly the API the server has: every resource
 * method of every module's JAX-RS resources is in the document, and the document names none that is not.
 */
class OpenApi_GET_Test {
    static Catalog catalog;
    static CatalogServer server;
    static List<WebModule> modules;

    @BeforeAll
    static void start() {
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), ReferenceLookup.NONE);
        modules = WebModules.all(catalog);
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)),
                new Readiness(), modules);
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    @Test
    void theDocumentListsEveryResourceMethodAndNoOther() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/openapi.json")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        JsonNode doc = new ObjectMapper().readTree(r.body());
        assertEquals("3.1.0", doc.get("openapi").asText());

        TreeSet<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m ->
                documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));

        ApiApplication api = new ApiApplication(catalog);
        modules.forEach(m -> m.addApi(api));
        TreeSet<String> served = new TreeSet<>();
        java.util.Set<Class<?>> classes = new java.util.HashSet<>(api.getClasses());
        api.getInstances().forEach(i -> classes.add(i.getClass()));
        for (Class<?> c : classes) {
            if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                collect(Resource.from(c), "/api", served);
            }
        }
        assertEquals(served, documented);
    }

    private static void collect(Resource resource, String parent, TreeSet<String> into) {
        String path = join(parent, resource.getPath());
        for (ResourceMethod m : resource.getResourceMethods()) {
            into.add(m.getHttpMethod() + " " + path);
        }
        resource.getChildResources().forEach(child -> collect(child, path, into));
    }

    private static String join(String parent, String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return parent;
        }
        return parent + "/" + path.replaceAll("^/+|/+$", "");
    }
}

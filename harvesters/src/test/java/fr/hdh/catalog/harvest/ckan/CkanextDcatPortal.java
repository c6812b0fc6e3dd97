package fr.hdh.catalog.harvest.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * A loopback CKAN Action API that answers {@code package_search} with the given packages, as a CKAN
 * portal running ckanext-dcat's scheming schemas would: the packages are read unchanged from the
 * test resources (a file holding one package, or a list of them) and put in one answer.
 */
final class CkanextDcatPortal implements AutoCloseable {
    static final String DCAT_AP = "/ckan/ckanext-dcat/ckan_full_dataset_dcat_ap.json";
    static final String HEALTH = "/ckan/ckanext-dcat/health_dcat_ap.json";

    private final HttpServer server;
    final String site;

    CkanextDcatPortal(List<String> files) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArrayNode results = json.createArrayNode();
        for (String file : files) {
            JsonNode read = read(json, file);
            if (read.isArray()) {
                read.forEach(results::add);
            } else {
                results.add(read);
            }
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("help", "package_search");
        answer.put("success", true);
        answer.putObject("result").put("count", results.size()).set("results", results);
        byte[] body = json.writeValueAsBytes(answer);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/3/action/package_search", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        site = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static JsonNode read(ObjectMapper json, String file) {
        try (InputStream in = CkanextDcatPortal.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package fr.hdh.catalog.web.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.ServedCatalog;
import fr.hdh.catalog.web.StoreDigest;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.write.WriteWebModule;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server the mapping write tests run against: an empty in-memory catalogue under {@value #BASE},
 * served on port 0 with the users API, search and the mappings API, the admin token {@link #ADMIN}; and a
 * checksum of the public store, so a refused call can be shown to have changed nothing.
 */
final class MappingApiServer implements AutoCloseable {
    static final String BASE = "http://test.example/";
    static final String ADMIN = "admin-token-of-the-mapping-tests";

    final Catalog catalog;
    private final ServedCatalog served;

    private MappingApiServer(ServedCatalog served) {
        this.served = served;
        this.catalog = served.catalog();
    }

    static MappingApiServer start() {
        return new MappingApiServer(ServedCatalog.start(Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE),
                c -> List.of(new SearchWebModule(c), new WriteWebModule(c, Optional.of(ADMIN), 10_000),
                        new MappingWebModule(c, Optional.of(ADMIN)))));
    }

    @Override
    public void close() {
        served.close();
    }

    /** A user made by the admin; answers its token. */
    String user(String name, String role) {
        HttpResponse<String> r = send("POST", "/api/users", ADMIN, "application/json",
                "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}", null);
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.body());
        }
        return json(r).get("token").asText();
    }

    HttpResponse<String> send(String method, String path, String token, String contentType, String body, String accept) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (accept != null) {
            headers.put("Accept", accept);
        }
        return served.send(method, path, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> r) {
        return ServedCatalog.json(r);
    }

    static String resource(String path) {
        return ServedCatalog.resourceText(path);
    }

    /** A digest of every quad of the public store, sorted. */
    String publicChecksum() {
        return StoreDigest.of(catalog.store());
    }
}

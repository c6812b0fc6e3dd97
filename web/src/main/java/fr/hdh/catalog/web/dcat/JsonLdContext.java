package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.ontologies.ProfileResource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON-LD context the API compacts with and publishes at {@value #PATH}: the profile's context
 * ({@code hdh/context/hdh.jsonld}) plus the Hydra prefix used by the paged catalogue.
 */
final class JsonLdContext {
    static final String PATH = "/context.jsonld";

    private final JsonObject document;

    private JsonLdContext(JsonObject document) {
        this.document = document;
    }

    static JsonLdContext load() {
        try (InputStream in = ProfileResource.HDH_CONTEXT.url().openStream(); JsonReader reader = Json.createReader(in)) {
            JsonObject profile = reader.readObject();
            JsonObject context = Json.createObjectBuilder(profile.getJsonObject("@context")).add("hydra", Hydra.NS).build();
            return new JsonLdContext(Json.createObjectBuilder().add("@context", context).build());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON-LD context " + ProfileResource.HDH_CONTEXT.path(), e);
        }
    }

    /** The whole document: {@code {"@context": {...}}}. */
    JsonObject document() {
        return document;
    }
}

package fr.hdh.catalog.web.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.web.api.Problems;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON request bodies read after the caller was checked (so an unauthenticated request never has its
 * body parsed), strictly: unknown members, anything after the value and malformed JSON are a 400 naming
 * the problem.
 */
public final class JsonBodies {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBodies() {}

    public static <T> T read(InputStream body, Class<T> type) throws IOException {
        try {
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw Problems.exception(Response.Status.BAD_REQUEST, "The body is empty: a JSON object is expected");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "The body is not the JSON expected: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        }
    }
}

package fr.hdh.catalog.web.page.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * A JSON-LD description for a {@code <script type="application/ld+json">} data block. A template writes
 * text inside {@code <script>} escaped for JavaScript, which would break JSON; this is the one value
 * written as it is, and it can only be made from a JSON tree: {@code <}, {@code >} and {@code &} are
 * written as JSON escapes ({@code \u003c}…), so no value can close the script or open a comment, and the
 * JSON means the same. Those three characters only ever occur inside JSON strings, where the escape is
 * equivalent.
 */
public final class JsonLd implements Content {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String json;

    private JsonLd(String json) {
        this.json = json;
    }

    public static JsonLd of(JsonNode tree) {
        try {
            return new JsonLd(JSON.writeValueAsString(tree)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON-LD description", e);
        }
    }

    /** The JSON text, escaped as described above. */
    public String json() {
        return json;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(json);
    }
}

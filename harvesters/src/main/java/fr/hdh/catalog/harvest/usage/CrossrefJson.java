package fr.hdh.catalog.harvest.usage;

import com.fasterxml.jackson.databind.JsonNode;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.usage.PublicationForm;
import java.util.ArrayList;
import java.util.List;

/**
 * Publications from Crossref JSON, read offline: what the Crossref REST API answers for one work
 * ({@code {"message-type": "work", "message": {…}}}) or a list ({@code {"message": {"items": […]}}}), or
 * bare work objects (one, or an array). Read: {@code DOI}, {@code title[0]}, {@code author[]} ({@code family},
 * {@code given}, or {@code name} for an organisation), the year of {@code issued} (else
 * {@code published-print}, {@code published-online}, {@code created}), {@code container-title[0]},
 * {@code language}. Crossref does not say which catalogue datasets a work used: the importer says so
 * ({@code ?dataset=} on the API).
 */
final class CrossrefJson {
    private CrossrefJson() {}

    static List<PublicationForm> read(String text, String source) {
        JsonNode root = JsonFields.parse(text, source);
        JsonNode works = root;
        if (root.has("message")) {
            JsonNode message = root.get("message");
            works = message.has("items") ? message.get("items") : message;
        }
        List<PublicationForm> out = new ArrayList<>();
        if (works.isArray()) {
            for (int i = 0; i < works.size(); i++) {
                out.add(work(works.get(i), source + " item " + i, source));
            }
        } else {
            out.add(work(works, source, source));
        }
        return out;
    }

    private static PublicationForm work(JsonNode w, String origin, String source) {
        if (!w.isObject()) {
            throw new MalformedInputException(source, -1, origin + ": a Crossref work (an object) is expected", null);
        }
        List<String> authors = new ArrayList<>();
        for (JsonNode a : w.path("author")) {
            String family = a.path("family").asText("");
            String given = a.path("given").asText("");
            String name = !family.isEmpty() ? (given.isEmpty() ? family : family + ", " + given) : a.path("name").asText("");
            if (!name.isEmpty()) {
                authors.add(name);
            }
        }
        return new PublicationForm(origin, text(w.get("DOI")), null, first(w.get("title")), authors, year(w),
                first(w.get("container-title")), text(w.get("language")), List.of(), null);
    }

    private static String year(JsonNode w) {
        for (String field : List.of("issued", "published-print", "published-online", "created")) {
            JsonNode first = w.path(field).path("date-parts").path(0);
            if (first.isArray() && first.size() > 0 && first.get(0).isNumber()) {
                return Integer.toString(first.get(0).intValue());
            }
        }
        return null;
    }

    private static String first(JsonNode list) {
        if (list == null) {
            return null;
        }
        if (list.isTextual()) {
            return list.asText();
        }
        return list.isArray() && list.size() > 0 && list.get(0).isTextual() ? list.get(0).asText() : null;
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : null;
    }
}

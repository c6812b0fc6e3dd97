package fr.hdh.catalog.web.form;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the dataset form's fields hold, as typed (so a refused form is shown again as it was sent): one text
 * per field name of {@link #TEXT_FIELDS}, and the chosen data themes.
 *
 * @param texts per field name, never null ({@code ""} when empty)
 * @param themes the EU data-theme codes ticked
 */
public record FieldValues(Map<String, String> texts, Set<String> themes) {
    /** The text fields of the form, in page order. */
    static final List<String> TEXT_FIELDS = List.of("id", "title_fr", "title_en", "description_fr", "description_en",
            "publisher", "keywords_fr", "keywords_en", "accessRights", "contact_name", "contact_email", "contact_url",
            "landingPage", "temporal_start", "temporal_end", "spatial", "message");
    /** The longest text a field keeps. */
    static final int MAX_LENGTH = 20_000;

    public FieldValues {
        Map<String, String> all = new LinkedHashMap<>();
        for (String f : TEXT_FIELDS) {
            all.put(f, texts.getOrDefault(f, ""));
        }
        texts = Map.copyOf(all);
        themes = Set.copyOf(new TreeSet<>(themes));
    }

    /** The fields of a posted form; unknown themes are kept (and refused by the mapping, naming them). */
    static FieldValues of(HttpServletRequest req) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String f : TEXT_FIELDS) {
            String v = req.getParameter(f);
            texts.put(f, v == null ? "" : v.length() > MAX_LENGTH ? v.substring(0, MAX_LENGTH) : v);
        }
        String[] themes = req.getParameterValues("themes");
        return new FieldValues(texts, themes == null ? Set.of() : Set.of(themes));
    }

    /** The text of {@code field}, stripped; {@code ""} when empty. */
    public String text(String field) {
        return texts.getOrDefault(field, "").strip();
    }

    /** This form with {@code field} set to {@code value}. */
    FieldValues with(String field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(texts);
        copy.put(field, value);
        return new FieldValues(copy, themes);
    }
}

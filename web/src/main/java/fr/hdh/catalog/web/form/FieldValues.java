package fr.hdh.catalog.web.form;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the dataset form's fields hold, as typed (so a refused form is shown again as it was sent): one text
 * per field name of {@link #TEXT_FIELDS} and of each distribution slot ({@code dist2_accessURL}), the chosen
 * data themes, the values chosen in the other multiple choices ({@link #CHOICE_FIELDS}) and how many
 * distribution slots the form has.
 *
 * @param texts per field name, never null ({@code ""} when empty)
 * @param themes the EU data-theme codes ticked
 * @param choices per multiple-choice field name, the IRIs ticked
 * @param distributions how many distribution slots the form shows
 */
public record FieldValues(Map<String, String> texts, Set<String> themes, Map<String, Set<String>> choices, int distributions) {
    /** The text fields of the form, in page order. */
    static final List<String> TEXT_FIELDS = List.of("id", "title_fr", "title_en", "description_fr", "description_en",
            "publisher", "keywords_fr", "keywords_en", "accessRights", "contact_name", "contact_email", "contact_url",
            "landingPage", "temporal_start", "temporal_end", "spatial", "message",
            "health_hdab", "health_populationCoverage_fr", "health_populationCoverage_en", "health_numberOfRecords",
            "health_numberOfUniqueIndividuals", "health_minTypicalAge", "health_maxTypicalAge", "health_retention_start",
            "health_retention_end", "health_themes", "health_purposes", "health_codingSystems");
    /** The multiple choices among IRIs (check boxes). */
    static final List<String> CHOICE_FIELDS = List.of("health_categories", "health_legislation");
    /** The fields of one distribution slot; {@code iri} is hidden (the stored distribution the slot shows). */
    static final List<String> DISTRIBUTION_FIELDS = List.of("title_fr", "title_en", "accessURL", "downloadURL", "format",
            "mediaType", "licence", "accessRights", "byteSize", "iri");
    /** The longest text a field keeps. */
    static final int MAX_LENGTH = 20_000;
    /** The most distribution slots a form has. */
    static final int MAX_DISTRIBUTIONS = 50;

    public FieldValues {
        distributions = Math.max(0, Math.min(MAX_DISTRIBUTIONS, distributions));
        Map<String, String> all = new LinkedHashMap<>();
        for (String f : fieldNames(distributions)) {
            all.put(f, texts.getOrDefault(f, ""));
        }
        texts = Map.copyOf(all);
        themes = Set.copyOf(new TreeSet<>(themes));
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        for (String f : CHOICE_FIELDS) {
            chosen.put(f, Set.copyOf(choices.getOrDefault(f, Set.of())));
        }
        choices = Map.copyOf(chosen);
    }

    /** Fields without multiple choices nor distributions. */
    public FieldValues(Map<String, String> texts, Set<String> themes) {
        this(texts, themes, Map.of(), 0);
    }

    /** The name of field {@code field} of distribution slot {@code n} (from 1). */
    static String distribution(int n, String field) {
        return "dist" + n + "_" + field;
    }

    private static List<String> fieldNames(int distributions) {
        List<String> names = new ArrayList<>(TEXT_FIELDS);
        for (int n = 1; n <= distributions; n++) {
            for (String f : DISTRIBUTION_FIELDS) {
                names.add(distribution(n, f));
            }
        }
        return names;
    }

    /** The fields of a posted form; unknown themes and choices are kept (and refused by the mapping, naming them). */
    static FieldValues of(HttpServletRequest req) {
        int slots = DatasetEditor.version(req.getParameter("distributions"));
        Map<String, String> texts = new LinkedHashMap<>();
        for (String f : fieldNames(Math.min(MAX_DISTRIBUTIONS, slots))) {
            String v = req.getParameter(f);
            texts.put(f, v == null ? "" : v.length() > MAX_LENGTH ? v.substring(0, MAX_LENGTH) : v);
        }
        String[] themes = req.getParameterValues("themes");
        Map<String, Set<String>> choices = new LinkedHashMap<>();
        for (String f : CHOICE_FIELDS) {
            String[] values = req.getParameterValues(f);
            choices.put(f, values == null ? Set.of() : Set.of(values));
        }
        return new FieldValues(texts, themes == null ? Set.of() : Set.of(themes), choices, slots);
    }

    /** The text of {@code field}, stripped; {@code ""} when empty. */
    public String text(String field) {
        return texts.getOrDefault(field, "").strip();
    }

    /** The IRIs ticked in the multiple choice {@code field}. */
    public Set<String> chosen(String field) {
        return choices.getOrDefault(field, Set.of());
    }

    /** Whether distribution slot {@code n} is empty (nothing typed or chosen in it). */
    boolean emptySlot(int n) {
        return DISTRIBUTION_FIELDS.stream().filter(f -> !f.equals("iri")).allMatch(f -> text(distribution(n, f)).isEmpty());
    }

    /** The slot showing each stored distribution, by IRI. */
    Map<String, Integer> slotsByIri() {
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (int n = 1; n <= distributions; n++) {
            if (!text(distribution(n, "iri")).isEmpty()) {
                slots.put(text(distribution(n, "iri")), n);
            }
        }
        return slots;
    }

    /** This form with {@code field} set to {@code value}. */
    FieldValues with(String field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(texts);
        copy.put(field, value);
        return new FieldValues(copy, themes, choices, distributions);
    }

    /** This form with {@code slots} distribution slots (those beyond the current ones empty). */
    FieldValues withSlots(int slots) {
        return new FieldValues(texts, themes, choices, slots);
    }
}

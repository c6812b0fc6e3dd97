package fr.hdh.catalog.web.form;

import fr.hdh.catalog.web.page.view.FormPageView;
import fr.hdh.catalog.web.page.view.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The dataset form, new or editing a version, with each problem next to its field and a summary at the top.
 *
 * @param creating true for a new dataset (the id is then a field)
 * @param id the dataset's id (editing), or {@code ""}
 * @param version the version the edit is based on (0 when creating)
 * @param stateKey the latest version's state ({@code form.state.} key), or {@code ""}
 * @param values what the fields hold
 * @param publishers the organisations the user writes for (a choice); empty for a curator, who types one
 * @param errors the problems of the form just posted
 * @param notice the message key of what was just done (saved, submitted, stale…), or {@code ""}
 * @param noticeArg the notice's argument (a version number…), or {@code ""}
 * @param csrf the session's CSRF token
 */
public record DatasetFormView(boolean creating, String id, int version, String stateKey, FieldValues values,
                              List<Organisation> publishers, List<FormError> errors, String notice, String noticeArg, String csrf)
        implements FormPageView {
    public DatasetFormView {
        publishers = List.copyOf(publishers);
        errors = List.copyOf(errors);
    }

    @Override
    public String template() {
        return "form/dataset.jte";
    }

    @Override
    public String title(Messages m) {
        return (errors.isEmpty() ? "" : m.t("form.errors.titlePrefix") + " ")
                + (creating ? m.t("form.new.title") : m.f("form.edit.title", id));
    }

    /** What {@code field} holds, as typed. */
    public String value(String field) {
        return values.texts().getOrDefault(field, "");
    }

    public boolean invalid(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The problems of {@code field}, in one text. */
    public String errorText(String field, Messages m) {
        return errors.stream().filter(e -> e.field().equals(field)).map(e -> e.text(m)).collect(Collectors.joining(" · "));
    }

    /** The id of the element describing {@code field}'s problem, or null when it has none (the attribute is then left out). */
    public String describedBy(String field) {
        return invalid(field) ? field + "-error" : null;
    }

    public String ariaInvalid(String field) {
        return invalid(field) ? "true" : null;
    }

    public boolean themeChecked(String code) {
        return values.themes().contains(code);
    }

    public List<String> themeCodes() {
        return DatasetFields.THEMES;
    }

    public List<String> accessRightCodes() {
        return DatasetFields.ACCESS_RIGHTS;
    }

    /** Whether {@code iri} is ticked in the multiple choice {@code field}. */
    public boolean chosen(String field, String iri) {
        return values.chosen(field).contains(iri);
    }

    /** The health categories to choose from, in the reader's language, with those the record holds that the list lacks. */
    public List<VocabularyChoices.Choice> healthCategoryChoices(Messages m) {
        return withHeld(VocabularyChoices.bundled().healthCategories(m.lang().tag()), values.chosen("health_categories"));
    }

    /** The legislation to choose from, with that the record holds. */
    public List<VocabularyChoices.Choice> legislationChoices(Messages m) {
        return withHeld(VocabularyChoices.bundled().legislation(m.lang().tag()), values.chosen("health_legislation"));
    }

    /** The EU file types to choose from for distribution slot {@code n}, with the one it holds. */
    public List<VocabularyChoices.Choice> fileTypeChoices(Messages m, int n) {
        String held = value(FieldValues.distribution(n, "format"));
        return withHeld(VocabularyChoices.bundled().fileTypes(m.lang().tag()), held.isEmpty() ? Set.of() : Set.of(held));
    }

    private static List<VocabularyChoices.Choice> withHeld(List<VocabularyChoices.Choice> list, Set<String> held) {
        Set<String> known = VocabularyChoices.iris(list);
        List<VocabularyChoices.Choice> all = new ArrayList<>(list);
        held.stream().filter(h -> !known.contains(h)).sorted().forEach(h -> all.add(new VocabularyChoices.Choice(h, h)));
        return all;
    }

    /** The distribution slots, numbered from 1. */
    public List<Integer> slots() {
        return IntStream.rangeClosed(1, values.distributions()).boxed().toList();
    }

    /** The name (and id) of field {@code field} of distribution slot {@code n}. */
    public String slotField(int n, String field) {
        return FieldValues.distribution(n, field);
    }

    /** Whether the user chooses among its organisations (a producer) rather than typing one (a curator). */
    public boolean choosesPublisher() {
        return !publishers.isEmpty();
    }

    /** Whether the dataset's latest version may be submitted for review (a draft). */
    public boolean submittable() {
        return "form.state.draft".equals(stateKey);
    }
}

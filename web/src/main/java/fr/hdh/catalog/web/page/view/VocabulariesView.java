package fr.hdh.catalog.web.page.view;

import java.util.List;

/**
 * {@code /vocabularies}: the concept schemes, grouped by kind with their counts, those holding the
 * filter text when there is one.
 *
 * @param filter the text typed in the filter (empty: none)
 * @param total how many schemes match it
 * @param groups the schemes by kind
 */
public record VocabulariesView(String filter, int total, List<Group> groups) implements PageView {
    /** One kind: its message key ({@code vocab.kind.snds}), its id and its schemes. */
    public record Group(String kindKey, String kind, List<Scheme> schemes) {}

    /** One scheme: a link to its page, its identifier, number of concepts and version (empty when none). */
    public record Scheme(Link link, String identifier, long concepts, String version) {}

    @Override
    public String template() {
        return "vocabularies.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t("vocab.title");
    }
}

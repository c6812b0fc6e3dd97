package fr.hdh.catalog.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * The search page: the form, then either the answer or why the search was refused.
 *
 * @param form the search box
 * @param problem why the search was refused (the page is then a 400)
 * @param results the answer, when the search ran
 */
public record SearchView(SearchForm form, Optional<String> problem, Optional<Results> results) implements PageView {

    /**
     * @param total hits over all pages
     * @param fuzzy whether spelling variants were searched too
     * @param byTitle whether hits are ordered by title (else by relevance)
     * @param relevanceHref the same search by relevance
     * @param titleHref the same search by title
     * @param json the same search as JSON
     * @param facets the facets that have values
     * @param start the rank of the first hit on this page
     * @param hits this page's hits
     * @param pager the links to the other pages, when there are several
     * @param tabs "All" and one tab per kind, with their counts
     */
    public record Results(long total, boolean fuzzy, boolean byTitle, String relevanceHref, String titleHref, String json,
                          List<FacetView> facets, int start, List<Hit> hits, Optional<Pager> pager, List<Tab> tabs) {}

    /**
     * A tab of the results: the same search for one kind of item (or all).
     *
     * @param kind the kind's identifier ({@code variable}), empty for "All"
     * @param label its name in the page's language
     * @param count hits of that kind for this search, the other filters applied
     * @param href the search showing that kind
     * @param current whether the page shows that tab now
     */
    public record Tab(String kind, String label, long count, String href, boolean current) {}

    /**
     * A hit.
     *
     * @param kind its kind's identifier ({@code variable})
     * @param kindLabel its kind's name in the page's language
     * @param link its label, a link to its page
     * @param label its label in pieces, the words that matched marked when the label is where they matched
     * @param code its code or column name, when it says more than the label
     * @param snippet where the words matched, the matches marked; empty when that is the label itself
     * @param dataset the dataset it belongs to
     * @param table the table it belongs to
     * @param codeList its code list
     */
    public record Hit(String kind, String kindLabel, Link link, List<SnippetPart> label, Optional<String> code,
                      List<SnippetPart> snippet,
                      Optional<Link> dataset, Optional<Link> table, Optional<Link> codeList) {}

    /** A piece of a snippet: text, marked when the words matched there. */
    public record SnippetPart(String text, boolean marked) {}

    /** Where this page sits among the pages of hits. */
    public record Pager(int page, long last, Optional<String> previous, Optional<String> next) {}

    @Override
    public boolean enhanced() {
        return true;
    }

    @Override
    public String template() {
        return "search.jte";
    }

    @Override
    public String title(Messages m) {
        if (problem.isPresent()) {
            return m.t("search.refused");
        }
        return form.text().isEmpty() ? m.t("search.title") : m.f("search.titleFor", form.text());
    }
}

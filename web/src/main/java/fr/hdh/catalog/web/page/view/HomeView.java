package fr.hdh.catalog.web.page.view;

import java.util.List;

/**
 * The home page: the search box, what the catalogue holds, entry points by theme, producer and access
 * level, and the latest changes.
 *
 * @param form the search box (empty)
 * @param counts how many datasets, tables, variables, code lists and producers, each a link to browse them
 * @param entries the entry points: one facet each, counted over datasets
 * @param latest the dataset records changed last, the latest first
 * @param reused the most reused datasets, the most reused first (none when nothing was reused)
 */
public record HomeView(SearchForm form, List<Count> counts, List<FacetView> entries, List<Change> latest,
                       List<Reused> reused)
        implements PageView {

    /**
     * @param dataset the dataset, a link to its page
     * @param projects how many projects used or requested it
     * @param publications how many publications cite it
     */
    public record Reused(Link dataset, int projects, int publications) {}

    /**
     * @param key the message key of what is counted ({@code home.count.dataset})
     * @param value how many
     * @param href the search listing them
     */
    public record Count(String key, long value, String href) {}

    /**
     * @param dataset the dataset, a link to its page
     * @param date the day its record last changed ({@code 2026-01-05})
     */
    public record Change(Link dataset, String date) {}

    @Override
    public boolean enhanced() {
        return true;
    }

    @Override
    public String template() {
        return "home.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t("site.name");
    }
}

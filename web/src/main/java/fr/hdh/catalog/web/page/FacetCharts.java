package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.FacetCount;
import fr.hdh.catalog.web.page.view.FacetView;
import fr.hdh.catalog.web.page.view.Messages;
import java.util.List;

/**
 * Facets of a search as bar charts a researcher reads at a glance: each value a link that selects (or,
 * once selected, deselects) it, with a bar as long as its share of the largest count and the count
 * itself. Pure HTML and CSS: nothing to run in the browser. Kinds are named in the page's language;
 * other values by the label the index holds.
 */
final class FacetCharts {
    private FacetCharts() {}

    static FacetView of(Facet facet, List<FacetCount> counts, SearchLinks links, Messages m) {
        long max = counts.stream().mapToLong(FacetCount::count).max().orElse(1);
        List<FacetView.Value> values = counts.stream().map(c -> new FacetView.Value(label(facet, c, m), c.count(),
                links.toggle(facet, c.value()), links.selected(facet, c.value()),
                BarWidths.cssClass(max == 0 ? 0 : (double) c.count() / max))).toList();
        return new FacetView(facet.param(), m.t("facet." + facet.param()), values);
    }

    /** A kind by its name in the page's language; any other value by its label. */
    static String label(Facet facet, FacetCount c, Messages m) {
        return facet == Facet.KIND && m.has("kind." + c.value()) ? m.t("kind." + c.value()) : c.label();
    }
}

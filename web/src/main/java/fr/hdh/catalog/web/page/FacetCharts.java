package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.FacetCount;
import fr.hdh.catalog.web.page.view.FacetView;
import fr.hdh.catalog.web.page.view.Messages;
import java.util.List;
import java.util.Optional;

/**
 * Facets of a search as bar charts a researcher reads at a glance: each value a link that selects (or,
 * once selected, deselects) it, with a bar as long as its share of the largest count and the count
 * itself. Pure HTML and CSS: nothing to run in the browser. Kinds, themes and access rights are named in
 * the page's language; other values by the label the index holds.
 */
final class FacetCharts {
    private FacetCharts() {}

    static FacetView of(Facet facet, List<FacetCount> counts, SearchLinks links, Messages m, VocabularyLabels vocabularies) {
        long max = counts.stream().mapToLong(FacetCount::count).max().orElse(1);
        List<FacetView.Value> values = counts.stream().map(c -> new FacetView.Value(label(facet, c, m, vocabularies), c.count(),
                links.toggle(facet, c.value()), links.selected(facet, c.value()),
                BarWidths.cssClass(max == 0 ? 0 : (double) c.count() / max))).toList();
        return new FacetView(facet.param(), m.t("facet." + facet.param()), values);
    }

    /**
     * A kind by its name in the page's language; a value from the controlled vocabularies (a theme, an
     * access right) by its label there in the page's language, since the index keeps one label for all
     * readers; any other value (a producer's name) by the index's label.
     */
    static String label(Facet facet, FacetCount c, Messages m, VocabularyLabels vocabularies) {
        if (facet == Facet.KIND) {
            return m.has("kind." + c.value()) ? m.t("kind." + c.value()) : c.label();
        }
        return (facet == Facet.THEME || facet == Facet.ACCESS_RIGHTS ? vocabularies.label(c.value(), m.lang())
                : Optional.<String>empty()).orElse(c.label());
    }
}

package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.FacetCount;
import fr.hdh.catalog.core.text.HtmlText;
import java.util.List;

/**
 * One facet of a search as a bar chart a researcher reads at a glance: each value a link that selects
 * (or, once selected, deselects) it, with a bar as long as its share of the largest count and the count
 * itself. Pure HTML and CSS: nothing to run in the browser.
 */
final class FacetChart {
    private FacetChart() {}

    static String render(Facet facet, List<FacetCount> counts, SearchLinks links) {
        if (counts.isEmpty()) {
            return "";
        }
        long max = counts.stream().mapToLong(FacetCount::count).max().orElse(1);
        StringBuilder b = new StringBuilder("<section class=\"facet\" data-facet=\"").append(facet.param())
                .append("\"><h2>").append(HtmlText.escape(title(facet))).append("</h2><ul>");
        for (FacetCount c : counts) {
            boolean selected = links.selected(facet, c.value());
            double share = max == 0 ? 0 : (double) c.count() / max;
            b.append("<li").append(selected ? " class=\"selected\"" : "").append("><a href=\"")
                    .append(HtmlText.escape(links.toggle(facet, c.value()))).append("\" title=\"")
                    .append(selected ? "Retirer ce filtre · Remove this filter" : "Filtrer · Filter").append("\">")
                    .append("<span class=\"value\">").append(HtmlText.escape(c.label())).append("</span>")
                    .append("<span class=\"bar ").append(BarWidths.cssClass(share))
                    .append("\"></span><span class=\"count\">").append(c.count()).append("</span></a></li>");
        }
        return b.append("</ul></section>").toString();
    }

    static String title(Facet facet) {
        return switch (facet) {
            case KIND -> "Type · Kind";
            case PRODUCER -> "Producteur · Producer";
            case THEME -> "Thème · Theme";
            case ACCESS_RIGHTS -> "Accès · Access rights";
            case DATA_TYPE -> "Type de données · Data type";
            case CODING_SYSTEM -> "Nomenclature · Coding system";
            case CATALOGUE_ENTRY -> "Entrée au catalogue · Catalogue entry";
        };
    }
}

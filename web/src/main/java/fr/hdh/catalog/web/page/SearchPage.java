package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.FacetCount;
import fr.hdh.catalog.core.search.SearchHit;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchResult;
import fr.hdh.catalog.core.search.SearchSort;
import fr.hdh.catalog.core.text.HtmlText;
import java.util.List;
import java.util.TreeSet;

/**
 * The search page: a search box that keeps the selected facets, the number of hits, the facets as bar
 * charts beside the hits, each hit with its kind, label, code, highlighted snippet and where it sits
 * (dataset › table, code list), and links to the other pages and orders. With no words it browses the
 * whole catalogue by facet.
 */
public final class SearchPage {
    private final LocalLinks links;

    public SearchPage(LocalLinks links) {
        this.links = links;
    }

    /** The page for an answered search. */
    public String render(SearchQuery query, SearchResult result) {
        SearchLinks nav = new SearchLinks(query);
        StringBuilder body = new StringBuilder(heading()).append(form(query));
        body.append(summary(query, result, nav));
        body.append("<div class=\"results\"><aside class=\"facets\">");
        for (Facet facet : Facet.values()) {
            List<FacetCount> counts = result.facets().getOrDefault(facet, List.of());
            body.append(FacetChart.render(facet, counts, nav));
        }
        body.append("</aside><ol class=\"hits\" start=\"").append(query.offset() + 1).append("\">");
        result.hits().forEach(hit -> body.append(hit(hit)));
        body.append("</ol></div>").append(pages(query, result, nav));
        return PageLayout.page(title(query), "", body.toString());
    }

    /** The page for a search that could not be run: the form as typed and what was wrong. */
    public static String refused(String text, String problem) {
        String body = heading() + "<form class=\"search\" action=\"" + SearchLinks.PATH + "\" method=\"get\" role=\"search\">"
                + input(text) + "</form><p class=\"error\" role=\"alert\">" + HtmlText.escape(problem) + "</p>";
        return PageLayout.page("Recherche refusée · Search refused", "", body);
    }

    private static String heading() {
        return "<h1>Rechercher dans le catalogue · Search the catalogue</h1>";
    }

    private static String form(SearchQuery query) {
        StringBuilder b = new StringBuilder("<form class=\"search\" action=\"").append(SearchLinks.PATH)
                .append("\" method=\"get\" role=\"search\">").append(input(query.text()));
        // New words keep the facets already chosen, as on every catalogue portal.
        query.filters().forEach((facet, values) -> new TreeSet<>(values).forEach(v -> b.append("<input type=\"hidden\" name=\"")
                .append(facet.param()).append("\" value=\"").append(HtmlText.escape(v)).append("\">")));
        if (query.sort() == SearchSort.TITLE) {
            b.append("<input type=\"hidden\" name=\"sort\" value=\"title\">");
        }
        return b.append("</form>").toString();
    }

    private static String input(String text) {
        return "<input type=\"search\" name=\"q\" value=\"" + HtmlText.escape(text) + "\" maxlength=\""
                + SearchQuery.MAX_TEXT + "\" placeholder=\"diagnostic principal, DGN_PAL, kidney cancer…\""
                + " aria-label=\"Mots ou code · Words or code\"><button type=\"submit\">Rechercher · Search</button>";
    }

    private static String summary(SearchQuery query, SearchResult result, SearchLinks nav) {
        StringBuilder b = new StringBuilder("<p class=\"summary\"><strong>").append(result.total()).append("</strong> ")
                .append(result.total() == 1 ? "résultat · result" : "résultats · results");
        if (!query.text().isEmpty()) {
            b.append(" pour · for « ").append(HtmlText.escape(query.text())).append(" »");
        }
        if (result.fuzzy()) {
            b.append(" <span class=\"fuzzy\">(orthographes voisines incluses · spelling variants included)</span>");
        }
        b.append("</p><p class=\"sort\">Trier par · Sort by: ");
        b.append(query.sort() == SearchSort.RELEVANCE ? "<strong>pertinence · relevance</strong>"
                : "<a href=\"" + HtmlText.escape(nav.sorted(SearchSort.RELEVANCE)) + "\">pertinence · relevance</a>");
        b.append(" | ");
        b.append(query.sort() == SearchSort.TITLE ? "<strong>titre · title</strong>"
                : "<a href=\"" + HtmlText.escape(nav.sorted(SearchSort.TITLE)) + "\">titre · title</a>");
        return b.append(" · <a href=\"").append(HtmlText.escape(nav.json())).append("\">JSON</a></p>").toString();
    }

    private String hit(SearchHit hit) {
        StringBuilder b = new StringBuilder("<li class=\"hit\" data-kind=\"").append(hit.kind().id()).append("\">")
                .append("<span class=\"kind\">").append(HtmlText.escape(hit.kind().label())).append("</span> ")
                .append(links.anchor(hit.iri(), hit.label()));
        hit.name().filter(n -> !n.equals(hit.label())).ifPresent(n -> b.append(" <code>").append(HtmlText.escape(n)).append("</code>"));
        String plainSnippet = hit.snippet().replace("<mark>", "").replace("</mark>", "");
        if (!hit.snippet().isBlank() && !plainSnippet.equals(HtmlText.escape(hit.label()))) {
            // The snippet is HTML already: every character escaped by the index, matches in <mark>.
            // A snippet that only repeats the label is left out.
            b.append("<p class=\"snippet\">").append(hit.snippet()).append("</p>");
        }
        StringBuilder where = new StringBuilder();
        hit.dataset().ifPresent(d -> where.append(links.anchor(d.iri(), d.label())));
        hit.table().ifPresent(t -> where.append(where.length() > 0 ? " › " : "").append(links.anchor(t.iri(), t.label())));
        hit.codeList().ifPresent(c -> where.append(where.length() > 0 ? " · " : "")
                .append("nomenclature : ").append(links.anchor(c.iri(), c.label())));
        if (where.length() > 0) {
            b.append("<p class=\"where\">").append(where).append("</p>");
        }
        return b.append("</li>").toString();
    }

    private static String pages(SearchQuery query, SearchResult result, SearchLinks nav) {
        long reachable = Math.min(result.total(), SearchQuery.MAX_DEPTH);
        long last = Math.max(1, (reachable + query.size() - 1) / query.size());
        if (last == 1) {
            return "";
        }
        StringBuilder b = new StringBuilder("<nav class=\"pages\" aria-label=\"Pages\">");
        if (query.page() > 1) {
            b.append("<a rel=\"prev\" href=\"").append(HtmlText.escape(nav.page(query.page() - 1))).append("\">← Précédente · Previous</a>");
        }
        b.append("<span>Page ").append(query.page()).append(" / ").append(last).append("</span>");
        if (query.page() < last) {
            b.append("<a rel=\"next\" href=\"").append(HtmlText.escape(nav.page(query.page() + 1))).append("\">Suivante · Next →</a>");
        }
        return b.append("</nav>").toString();
    }

    private static String title(SearchQuery query) {
        return query.text().isEmpty() ? "Rechercher · Search" : query.text() + " · Recherche";
    }
}

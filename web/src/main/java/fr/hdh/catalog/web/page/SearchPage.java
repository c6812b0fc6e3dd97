package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.FacetCount;
import fr.hdh.catalog.core.search.SearchHit;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchResult;
import fr.hdh.catalog.core.search.SearchSort;
import fr.hdh.catalog.web.page.view.FacetView;
import fr.hdh.catalog.web.page.view.Messages;
import fr.hdh.catalog.web.page.view.SearchForm;
import fr.hdh.catalog.web.page.view.SearchView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The search page: a search box that keeps the selected facets, the number of hits, the facets as bar
 * charts beside the hits, each hit with its kind, label, code, highlighted snippet and where it sits
 * (dataset › table, code list), and links to the other pages and orders. With no words it browses the
 * whole catalogue by facet.
 */
public final class SearchPage {
    private final LocalLinks links;
    private final VocabularyLabels vocabularies;

    public SearchPage(LocalLinks links, VocabularyLabels vocabularies) {
        this.links = links;
        this.vocabularies = vocabularies;
    }

    /** The page for an answered search. */
    public SearchView view(SearchQuery query, SearchResult result, Messages m) {
        SearchLinks nav = new SearchLinks(query);
        List<FacetView> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<FacetCount> counts = result.facets().getOrDefault(facet, List.of());
            if (!counts.isEmpty()) {
                facets.add(FacetCharts.of(facet, counts, nav, m, vocabularies));
            }
        }
        SearchView.Results results = new SearchView.Results(result.total(), result.fuzzy(), query.sort() == SearchSort.TITLE,
                nav.sorted(SearchSort.RELEVANCE), nav.sorted(SearchSort.TITLE), nav.json(), facets, query.offset() + 1,
                result.hits().stream().map(h -> hit(h, m)).toList(), pager(query, result, nav),
                SearchTabs.of(query, result, nav, m));
        return new SearchView(form(query), Optional.empty(), Optional.of(results));
    }

    /** The page for a search that could not be run: the form as typed and what was wrong. */
    public static SearchView refused(String text, String problem) {
        return new SearchView(new SearchForm(text, List.of(), SearchQuery.MAX_TEXT), Optional.of(problem), Optional.empty());
    }

    /** An empty search box, as the home page shows it. */
    public static SearchForm emptyForm() {
        return new SearchForm("", List.of(), SearchQuery.MAX_TEXT);
    }

    private static SearchForm form(SearchQuery query) {
        List<SearchForm.Hidden> hidden = new ArrayList<>();
        // New words keep the facets already chosen, as on every catalogue portal.
        for (Facet facet : Facet.values()) {
            new TreeSet<>(query.filters().getOrDefault(facet, java.util.Set.of()))
                    .forEach(v -> hidden.add(new SearchForm.Hidden(facet.param(), v)));
        }
        if (query.sort() == SearchSort.TITLE) {
            hidden.add(new SearchForm.Hidden("sort", "title"));
        }
        return new SearchForm(query.text(), hidden, SearchQuery.MAX_TEXT);
    }

    private SearchView.Hit hit(SearchHit hit, Messages m) {
        List<SearchView.SnippetPart> snippet = hit.snippet().parts().stream()
                .map(p -> new SearchView.SnippetPart(p.text(), p.marked())).toList();
        List<SearchView.SnippetPart> label = List.of(new SearchView.SnippetPart(hit.label(), false));
        String plain = hit.snippet().text();
        // A snippet that only repeats the label is not shown twice: the label shows the words that matched.
        if (plain.isBlank() || plain.equals(hit.label())) {
            label = plain.isBlank() ? label : snippet;
            snippet = List.of();
        }
        String kindKey = "kind." + hit.kind().id();
        return new SearchView.Hit(hit.kind().id(), m.has(kindKey) ? m.t(kindKey) : hit.kind().label(),
                links.record(hit.iri(), hit.label()), label, hit.name().filter(n -> !n.equals(hit.label())), snippet,
                hit.dataset().map(d -> links.record(d.iri(), d.label())), hit.table().map(t -> links.record(t.iri(), t.label())),
                hit.codeList().map(c -> links.record(c.iri(), c.label())));
    }

    private static Optional<SearchView.Pager> pager(SearchQuery query, SearchResult result, SearchLinks nav) {
        long reachable = Math.min(result.total(), SearchQuery.MAX_DEPTH);
        long last = Math.max(1, (reachable + query.size() - 1) / query.size());
        if (last == 1) {
            return Optional.empty();
        }
        return Optional.of(new SearchView.Pager(query.page(), last,
                query.page() > 1 ? Optional.of(nav.page(query.page() - 1)) : Optional.empty(),
                query.page() < last ? Optional.of(nav.page(query.page() + 1)) : Optional.empty()));
    }
}

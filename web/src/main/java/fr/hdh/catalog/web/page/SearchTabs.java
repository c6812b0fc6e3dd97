package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.FacetCount;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchResult;
import fr.hdh.catalog.web.page.view.Messages;
import fr.hdh.catalog.web.page.view.SearchView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tabs of the search page, one per kind of item with its number of hits, and "All". The counts are
 * the kind facet's, which the search already computes with the other filters applied and the kind's own
 * selection ignored: no search is run per tab. The main kinds always have a tab; the others when they
 * have hits or are chosen.
 */
final class SearchTabs {
    /** The kinds that always have a tab, in this order; the others follow when they have hits. */
    private static final List<ItemKind> MAIN = List.of(ItemKind.DATASET, ItemKind.TABLE, ItemKind.VARIABLE,
            ItemKind.CONCEPT, ItemKind.PROJECT, ItemKind.PUBLICATION);

    private SearchTabs() {}

    static List<SearchView.Tab> of(SearchQuery query, SearchResult result, SearchLinks links, Messages m) {
        Map<String, Long> counts = result.facets().getOrDefault(Facet.KIND, List.of()).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count, Long::sum));
        Set<String> chosen = query.filters().getOrDefault(Facet.KIND, Set.of());
        List<SearchView.Tab> tabs = new ArrayList<>();
        tabs.add(new SearchView.Tab("", m.t("tabs.all"), counts.values().stream().mapToLong(Long::longValue).sum(),
                links.kind(Optional.empty()), chosen.isEmpty()));
        List<ItemKind> kinds = new ArrayList<>(MAIN);
        for (ItemKind kind : ItemKind.values()) {
            if (!kinds.contains(kind) && (counts.getOrDefault(kind.id(), 0L) > 0 || chosen.contains(kind.id()))) {
                kinds.add(kind);
            }
        }
        for (ItemKind kind : kinds) {
            tabs.add(new SearchView.Tab(kind.id(), m.t("tabs.kind." + kind.id()), counts.getOrDefault(kind.id(), 0L),
                    links.kind(Optional.of(kind.id())), chosen.equals(Set.of(kind.id()))));
        }
        return List.copyOf(tabs);
    }
}

package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.FacetCount;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchResult;
import fr.hdh.catalog.web.page.view.FacetView;
import fr.hdh.catalog.web.page.view.HomeView;
import fr.hdh.catalog.web.page.view.Messages;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The home page: the search box, what the catalogue holds (datasets, tables, variables, code lists,
 * producers, each a link to browse them), entry points by theme, producer and access level (each a
 * search of the datasets with that value), the dataset records changed last and the most reused datasets. Counts and entry
 * points come from one search with no words over datasets ({@link #BROWSE}): its kind facet counts every
 * item (a facet's own filter does not narrow its counts), its other facets count datasets.
 */
public final class HomePage {
    /** The search whose facets the home page shows. */
    public static final SearchQuery BROWSE = SearchQuery.text("").withFilter(Facet.KIND, ItemKind.DATASET.id()).withPage(1, 1);
    /** The kinds counted, in this order. */
    static final List<ItemKind> COUNTED = List.of(ItemKind.DATASET, ItemKind.TABLE, ItemKind.VARIABLE, ItemKind.CODE_LIST,
            ItemKind.PRODUCER, ItemKind.PROJECT, ItemKind.PUBLICATION);
    /** The facets offered as entry points, in this order. */
    static final List<Facet> ENTRIES = List.of(Facet.THEME, Facet.PRODUCER, Facet.ACCESS_RIGHTS);

    private final LocalLinks links;
    private final VocabularyLabels vocabularies;

    public HomePage(LocalLinks links, VocabularyLabels vocabularies) {
        this.links = links;
        this.vocabularies = vocabularies;
    }

    /** A dataset record's last change. */
    public record Change(String iri, String title, Instant modified) {}

    /** A dataset among the most reused: its title in the reader's language, its projects and publications. */
    public record Reused(String iri, String title, int projects, int publications) {}

    /**
     * @param browse the answer to {@link #BROWSE}
     * @param latest the dataset records changed last, the latest first
     */
    public HomeView view(SearchResult browse, List<Change> latest, Messages m) {
        return view(browse, latest, List.of(), m);
    }

    /** As above, with the most reused datasets, the most reused first. */
    public HomeView view(SearchResult browse, List<Change> latest, List<Reused> reused, Messages m) {
        Map<String, Long> kinds = browse.facets().getOrDefault(Facet.KIND, List.of()).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::count, Long::sum));
        List<HomeView.Count> counts = COUNTED.stream().map(k -> new HomeView.Count("home.count." + k.id(),
                kinds.getOrDefault(k.id(), 0L), SearchLinks.PATH + "?kind=" + k.id())).toList();
        SearchLinks nav = new SearchLinks(BROWSE);
        List<FacetView> entries = new ArrayList<>();
        for (Facet facet : ENTRIES) {
            List<FacetCount> values = browse.facets().getOrDefault(facet, List.of());
            if (!values.isEmpty()) {
                FacetView chart = FacetCharts.of(facet, values, nav, m, vocabularies);
                entries.add(new FacetView(chart.param(), m.t("home.entry." + facet.param()), chart.values()));
            }
        }
        List<HomeView.Change> changes = latest.stream().map(c -> new HomeView.Change(links.record(c.iri(), c.title()),
                c.modified().atZone(ZoneOffset.UTC).toLocalDate().toString())).toList();
        List<HomeView.Reused> mostReused = reused.stream().map(r -> new HomeView.Reused(links.record(r.iri(), r.title()),
                r.projects(), r.publications())).toList();
        return new HomeView(SearchPage.emptyForm(), counts, entries, changes, mostReused);
    }
}

package fr.hdh.catalog.web.page.view;

import java.util.Optional;

/**
 * What one page shows, ready for its template: plain values, links already decided ({@link Link}),
 * labels already in the page's language where they come from the data; no markup. Each view names its
 * template, which receives it as {@code view} beside the layout's {@code frame}.
 */
public sealed interface PageView
        permits HomeView, SearchView, DatasetView, ResourceView, CatalogueListView, QualityOverviewView, ErrorView,
                QueryEditorView, IndicatorsView, MappingsView, ProjectsView, PublicationsView,
                ConceptView, VocabulariesView, FormPageView, StatisticsView, TableView, VariableView, ProducerView {

    /** The template that renders this view, e.g. {@code "dataset.jte"}. */
    String template();

    /** The page's title in the browser's tab, in the language of {@code m}. */
    String title(Messages m);

    /**
     * Whether the page loads the script that enhances its search box (completions): only pages with
     * such a box do; every page works without it.
     */
    default boolean enhanced() {
        return false;
    }

    /** A schema.org description for the page's head; most pages have none. */
    default Optional<JsonLd> jsonLd() {
        return Optional.empty();
    }
}

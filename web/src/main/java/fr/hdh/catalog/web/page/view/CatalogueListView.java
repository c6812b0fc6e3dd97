package fr.hdh.catalog.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * {@code /catalog} for a browser: one page of datasets and the links to the others.
 *
 * @param title the catalogue's title
 * @param description the catalogue's description, in the page's language when it has one
 * @param total datasets over all pages
 * @param page this page's number
 * @param lastPage the last page's number
 * @param datasets this page's datasets
 * @param previous the previous page, if any
 * @param next the next page, if any
 * @param formats this page in the RDF formats
 */
public record CatalogueListView(String title, Optional<String> description, long total, long page, long lastPage,
                                List<Item> datasets, Optional<String> previous, Optional<String> next,
                                List<Link> formats) implements PageView {
    /** A dataset of the list: its title (a link to its page), its publisher, the start of its description. */
    public record Item(Link dataset, Optional<String> publisher, Optional<String> summary) {}

    @Override
    public String template() {
        return "catalogue.jte";
    }

    @Override
    public String title(Messages m) {
        return title;
    }
}

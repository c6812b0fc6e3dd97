package fr.hdh.catalog.web.page.view;

import java.util.List;

/**
 * The publications that used catalogued data, the latest first, each a link to its DOI with the datasets it cites.
 *
 * @param publications the live publications
 */
public record PublicationsView(List<Publication> publications) implements PageView {

    /**
     * @param entry the title (a link to its DOI), authors, year, venue and DOI, as the dataset page shows them
     * @param datasets the datasets it cites, links to their pages
     */
    public record Publication(DatasetView.Publication entry, List<Link> datasets) {}

    @Override
    public String template() {
        return "publications.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t("usage.directory.publications");
    }
}

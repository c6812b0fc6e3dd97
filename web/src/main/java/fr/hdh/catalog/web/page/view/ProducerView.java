package fr.hdh.catalog.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * A producer's page: its name and description, its homepage and contact (links only where the scheme
 * is {@code http}, {@code https} or {@code mailto}), its datasets with the size of their dictionaries,
 * and the search for everything it produces.
 *
 * @param name its name in the page's language, else any
 * @param description its description, when it has one
 * @param contacts its homepage, contact page and mail address, as links or (unsafe schemes) text
 * @param datasets its datasets, by title
 * @param search the search filtered by this producer
 * @param formats the producer in the RDF formats
 */
public record ProducerView(String name, Optional<String> description, List<Link> contacts, List<Dataset> datasets,
                           String search, List<Link> formats) implements PageView {

    /** A dataset of the producer: its title (a link to its page) and the size of its dictionary. */
    public record Dataset(Link link, long tables, long variables) {}

    @Override
    public String template() {
        return "producer.jte";
    }

    @Override
    public String title(Messages m) {
        return name;
    }
}

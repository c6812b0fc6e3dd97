package fr.hdh.catalog.web.page.record;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.web.page.Formats;
import fr.hdh.catalog.web.page.SearchLinks;
import fr.hdh.catalog.web.page.view.Link;
import fr.hdh.catalog.web.page.view.ProducerView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;

/**
 * A producer for a browser: its name and description, its homepage, other pages, contact page and mail address (a
 * link only for {@code http}, {@code https} and {@code mailto}: a harvested {@code javascript:} homepage
 * is shown as text), its datasets with the number of their tables and variables, and the search
 * filtered by it.
 */
final class ProducerPage {
    private ProducerPage() {}

    static ProducerView view(Places places, RecordLookups lookups, Node producer, String path) {
        List<Node> contactPoints = places.objects(producer, RecordTerms.CONTACT_POINT);
        List<Link> contacts = new ArrayList<>();
        Stream.of(places.objects(producer, RecordTerms.HOMEPAGE).stream(),
                        Stream.of(RecordTerms.LANDING_PAGE, RecordTerms.PAGE, RecordTerms.PRIMARY_TOPIC_OF)
                                .flatMap(p -> places.objects(producer, p).stream()),
                        contactPoints.stream().flatMap(c -> places.objects(c, RecordTerms.CONTACT_PAGE).stream()),
                        places.objects(producer, RecordTerms.MBOX).stream(),
                        contactPoints.stream().flatMap(c -> places.objects(c, RecordTerms.EMAIL).stream()))
                .flatMap(s -> s).map(Places::address).distinct().forEach(a -> contacts.add(places.external(a)));
        List<ProducerView.Dataset> datasets = lookups.datasets(producer).stream()
                .map(d -> new ProducerView.Dataset(places.link(d.dataset()), d.tables(), d.variables()))
                .sorted(Comparator.comparing(d -> d.link().text())).toList();
        String search = SearchLinks.PATH + "?" + Facet.PRODUCER.param() + "="
                + URLEncoder.encode(producer.isURI() ? producer.getURI() : "", StandardCharsets.UTF_8);
        return new ProducerView(places.labels().of(producer), places.description(producer), List.copyOf(contacts),
                datasets, search, Formats.of(path));
    }
}

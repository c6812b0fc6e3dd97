package fr.hdh.catalog.web.page.record;

import fr.hdh.catalog.web.page.Formats;
import fr.hdh.catalog.web.page.view.Link;
import fr.hdh.catalog.web.page.view.TableView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;

/**
 * A table for a browser: producer › dataset › table, its name, title and description, its variables
 * as a table (name, label, type, length, code list, primary key), the other tables of its dataset, and
 * its RDF.
 */
final class TablePage {
    private TablePage() {}

    static TableView view(Places places, Node table, String path) {
        String name = places.name(table);
        String title = places.labels().of(table);
        Set<String> keys = places.text(table, RecordTerms.PRIMARY_KEY)
                .map(k -> Arrays.stream(k.split(",")).map(String::trim).collect(Collectors.toSet())).orElse(Set.of());
        List<TableView.Variable> variables = places.objects(table, RecordTerms.CSVW_COLUMN).stream()
                .sorted(Comparator.comparing(places::name))
                .map(c -> variable(places, c, keys)).toList();
        List<Link> trail = new ArrayList<>();
        List<Link> others = List.of();
        Optional<Node> group = places.groupOf(table);
        Optional<Node> dataset = group.flatMap(places::datasetOf);
        dataset.flatMap(places::publisherOf).ifPresent(p -> trail.add(places.link(p)));
        dataset.ifPresent(d -> trail.add(places.link(d)));
        if (group.isPresent()) {
            others = places.tablesOf(group.get()).stream().filter(t -> !t.equals(table))
                    .map(t -> places.link(t, places.name(t))).toList();
        }
        return new TableView(trail, name, title.equals(name) ? Optional.empty() : Optional.of(title),
                places.description(table).filter(d -> !d.equals(title)), variables, others, Formats.of(path));
    }

    private static TableView.Variable variable(Places places, Node column, Set<String> keys) {
        String name = places.name(column);
        String label = places.labels().of(column);
        Optional<Link> codeList = places.objects(column, RecordTerms.CODE_LIST).stream().findFirst().map(places::link);
        return new TableView.Variable(places.link(column, name), label.equals(name) ? "" : label,
                places.text(column, RecordTerms.CSVW_DATATYPE).orElse(""),
                places.text(column, RecordTerms.FIELD_LENGTH).orElse(""), codeList, keys.contains(name));
    }
}

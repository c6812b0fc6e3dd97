package fr.hdh.catalog.web.page;

import fr.hdh.catalog.web.page.view.DatasetView;
import fr.hdh.catalog.web.page.view.Link;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The variable dictionary of a dataset page: one block per table (by its technical name, then its
 * title, with a link to the table's own page), listing each variable's name, title, type and code list
 * (linked to its SKOS scheme).
 */
final class VariableDictionarySection {
    private final LocalLinks links;

    VariableDictionarySection(LocalLinks links) {
        this.links = links;
    }

    List<DatasetView.Table> tables(Graph graph, GraphLabels labels, Node dataset) {
        return graph.find(dataset, DatasetTerms.HAS_VARIABLES, Node.ANY).toList().stream()
                .flatMap(g -> graph.find(g.getObject(), DatasetTerms.CSVW_TABLE, Node.ANY).toList().stream())
                .map(t -> t.getObject()).sorted(Comparator.comparing((Node t) -> name(graph, labels, t)))
                .map(t -> table(graph, labels, t)).toList();
    }

    private DatasetView.Table table(Graph graph, GraphLabels labels, Node table) {
        String name = name(graph, labels, table);
        String title = labels.of(table);
        List<DatasetView.Variable> variables = graph.find(table, DatasetTerms.CSVW_COLUMN, Node.ANY).mapWith(t -> t.getObject())
                .toList().stream().sorted(Comparator.comparing(c -> text(graph, c, DatasetTerms.CSVW_NAME)))
                .map(c -> variable(graph, labels, c)).toList();
        return new DatasetView.Table(name, link(table, name), title.equals(name) ? Optional.empty() : Optional.of(title),
                labels.literal(table, DatasetTerms.DESCRIPTION, ""), variables);
    }

    private static String name(Graph graph, GraphLabels labels, Node table) {
        String name = text(graph, table, DatasetTerms.CSVW_NAME);
        return name.isEmpty() ? labels.of(table) : name;
    }

    private DatasetView.Variable variable(Graph graph, GraphLabels labels, Node column) {
        Optional<Link> codeList = graph.find(column, DatasetTerms.CODE_LIST, Node.ANY).nextOptional()
                .map(t -> link(t.getObject(), labels.of(t.getObject())));
        String datatype = graph.find(column, DatasetTerms.CSVW_DATATYPE, Node.ANY).nextOptional()
                .map(t -> labels.of(t.getObject())).orElse("");
        return new DatasetView.Variable(link(column, text(graph, column, DatasetTerms.CSVW_NAME)),
                text(graph, column, DatasetTerms.CSVW_TITLE), datatype, codeList);
    }

    private Link link(Node node, String text) {
        return node.isURI() ? links.link(node.getURI(), text) : Link.text(text);
    }

    private static String text(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).nextOptional().map(t -> t.getObject())
                .map(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()).orElse("");
    }
}

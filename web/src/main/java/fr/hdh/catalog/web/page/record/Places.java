package fr.hdh.catalog.web.page.record;

import fr.hdh.catalog.web.page.GraphLabels;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.Link;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Where a table or a variable sits, read from the union of the record graphs: a variable's table, a
 * table's dataset (through its table group) and the dataset's publisher; and the few readings the three
 * pages share (a resource's name, description, links).
 */
final class Places {
    private final Graph graph;
    private final GraphLabels labels;
    private final LocalLinks links;
    private final Lang lang;

    Places(Graph graph, LocalLinks links, Lang lang) {
        this.graph = graph;
        this.labels = new GraphLabels(graph, lang);
        this.links = links;
        this.lang = lang;
    }

    GraphLabels labels() {
        return labels;
    }

    /** The table holding a variable. */
    Optional<Node> tableOf(Node column) {
        return subjects(RecordTerms.CSVW_COLUMN, column).stream().findFirst();
    }

    /** The table group (dictionary) holding a table. */
    Optional<Node> groupOf(Node table) {
        return subjects(RecordTerms.CSVW_TABLE, table).stream().findFirst();
    }

    /** The dataset whose dictionary is the group. */
    Optional<Node> datasetOf(Node group) {
        return subjects(RecordTerms.HAS_VARIABLES, group).stream().findFirst();
    }

    Optional<Node> publisherOf(Node dataset) {
        return objects(dataset, RecordTerms.PUBLISHER).stream().findFirst();
    }

    /** The tables of a group, by name. */
    List<Node> tablesOf(Node group) {
        return objects(group, RecordTerms.CSVW_TABLE).stream().sorted(Comparator.comparing(this::name)).toList();
    }

    /** A table's or variable's technical name ({@code csvw:name}), else its label. */
    String name(Node node) {
        return text(node, RecordTerms.CSVW_NAME).orElseGet(() -> labels.of(node));
    }

    /** The first literal value of {@code property}, as written. */
    Optional<String> text(Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).toList().stream().map(t -> t.getObject())
                .map(o -> o.isLiteral() ? o.getLiteralLexicalForm() : labels.of(o)).sorted().findFirst();
    }

    /** The description in the page's language, else the other, else any. */
    Optional<String> description(Node subject) {
        return labels.literal(subject, RecordTerms.DESCRIPTION, lang.tag())
                .or(() -> labels.literal(subject, RecordTerms.DESCRIPTION, lang.other().tag()))
                .or(() -> labels.literal(subject, RecordTerms.DESCRIPTION, ""));
    }

    /** A link to the page of {@code node} showing {@code text}; only text when it may not be a link. */
    Link link(Node node, String text) {
        return node.isURI() ? links.record(node.getURI(), text) : Link.text(text);
    }

    /** A link straight to {@code node} (a local path when minted here, else its own address), showing {@code text}. */
    Link direct(Node node, String text) {
        return node.isURI() ? links.link(node.getURI(), text) : Link.text(text);
    }

    /** A link to the page of {@code node} showing its label. */
    Link link(Node node) {
        return link(node, labels.of(node));
    }

    /** An address from the data (a homepage, a mail address) as written: an IRI, or a literal's text. */
    static String address(Node node) {
        return node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : "";
    }

    /** A link to an address elsewhere (a homepage), showing the address; only text unless http, https or mailto. */
    Link external(String address) {
        return links.link(address, address.startsWith("mailto:") ? address.substring("mailto:".length()) : address);
    }

    List<Node> objects(Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).toList().stream().distinct().toList();
    }

    private List<Node> subjects(Node property, Node object) {
        return graph.find(Node.ANY, property, object).mapWith(t -> t.getSubject()).toList().stream().distinct().toList();
    }
}

package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.text.HtmlText;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The variable dictionary of a dataset page: one collapsible block per table (by its technical name,
 * then its title), listing each variable's name, title, type and code list (linked to its SKOS scheme).
 */
final class VariableDictionarySection {
    private final LocalLinks links;

    VariableDictionarySection(LocalLinks links) {
        this.links = links;
    }

    String render(Graph graph, GraphLabels labels, Node dataset) {
        List<Node> tables = graph.find(dataset, DatasetTerms.HAS_VARIABLES, Node.ANY).toList().stream()
                .flatMap(g -> graph.find(g.getObject(), DatasetTerms.CSVW_TABLE, Node.ANY).toList().stream())
                .map(t -> t.getObject()).sorted(Comparator.comparing((Node t) -> name(graph, labels, t))).toList();
        if (tables.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>Tables et variables · Tables and variables (")
                .append(tables.size()).append(")</h2>");
        for (Node table : tables) {
            List<Node> columns = graph.find(table, DatasetTerms.CSVW_COLUMN, Node.ANY).mapWith(t -> t.getObject()).toList();
            b.append("<details><summary>").append(summary(graph, labels, table)).append(" — ").append(columns.size())
                    .append(" variables</summary>");
            labels.literal(table, DatasetTerms.DESCRIPTION, "").ifPresent(d -> b.append("<p>").append(HtmlText.escape(d)).append("</p>"));
            b.append("<table><tr><th>variable</th><th>titre · title</th><th>type</th><th>nomenclature · code list</th></tr>");
            columns.stream().sorted(Comparator.comparing(c -> text(graph, c, DatasetTerms.CSVW_NAME)))
                    .forEach(c -> b.append(row(graph, labels, c)));
            b.append("</table></details>");
        }
        return b.toString();
    }

    /** A table by its technical name (what researchers search for), then its title when it has one. */
    private String summary(Graph graph, GraphLabels labels, Node table) {
        String name = name(graph, labels, table);
        String title = labels.of(table);
        String code = "<code>" + anchorText(table, name) + "</code>";
        return title.equals(name) ? code : code + " " + HtmlText.escape(title);
    }

    private static String name(Graph graph, GraphLabels labels, Node table) {
        String name = text(graph, table, DatasetTerms.CSVW_NAME);
        return name.isEmpty() ? labels.of(table) : name;
    }

    private String row(Graph graph, GraphLabels labels, Node column) {
        String codeList = graph.find(column, DatasetTerms.CODE_LIST, Node.ANY).nextOptional()
                .map(t -> anchor(t.getObject(), labels)).orElse("");
        String datatype = graph.find(column, DatasetTerms.CSVW_DATATYPE, Node.ANY).nextOptional()
                .map(t -> HtmlText.escape(labels.of(t.getObject()))).orElse("");
        return "<tr><td>" + anchorText(column, text(graph, column, DatasetTerms.CSVW_NAME)) + "</td><td>"
                + HtmlText.escape(text(graph, column, DatasetTerms.CSVW_TITLE)) + "</td><td>" + datatype + "</td><td>"
                + codeList + "</td></tr>";
    }

    private String anchor(Node node, GraphLabels labels) {
        return node.isURI() ? links.anchor(node.getURI(), labels.of(node)) : HtmlText.escape(labels.of(node));
    }

    private String anchorText(Node node, String text) {
        return node.isURI() ? links.anchor(node.getURI(), text) : HtmlText.escape(text);
    }

    private static String text(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).nextOptional().map(t -> t.getObject())
                .map(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()).orElse("");
    }
}

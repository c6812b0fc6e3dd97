package fr.hdh.catalog.core.usage;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;

/** The literals of the usage graphs, written and read the one way: dates, years, language-tagged texts, links. */
final class Literals {
    private static final Pattern YEAR = Pattern.compile("^[12][0-9]{3}$");
    private static final Pattern LANG = Pattern.compile("^([a-z]{2,3}(-[a-zA-Z0-9]{1,8})*)?$");

    private Literals() {}

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** {@code YYYY-MM-DD} as an xsd:date, or empty when it is not a date. */
    static Optional<Node> date(String s) {
        try {
            return Optional.of(NodeFactory.createLiteralDT(LocalDate.parse(s.strip()).toString(), XSDDatatype.XSDdate));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A year ({@code 2021}, xsd:gYear) or a date ({@code 2021-03-04}, xsd:date), or empty. */
    static Optional<Node> yearOrDate(String s) {
        String t = s.strip();
        if (YEAR.matcher(t).matches()) {
            return Optional.of(NodeFactory.createLiteralDT(t, XSDDatatype.XSDgYear));
        }
        return date(t);
    }

    /** An http(s) link, or empty. */
    static Optional<Node> link(String s) {
        try {
            URI uri = new URI(s.strip());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(NodeFactory.createURI(uri.toString())) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    static boolean validLanguage(String tag) {
        return LANG.matcher(tag).matches();
    }

    static Node text(String text, String lang) {
        return lang.isEmpty() ? NodeFactory.createLiteralString(text.strip())
                : NodeFactory.createLiteralLang(text.strip(), lang);
    }

    /** Adds {@code s p text@lang} for each language; checks the tags, naming {@code field}. */
    static void texts(Graph g, Node s, Property p, Map<String, String> texts, String origin, String field, FormErrors errors) {
        texts.forEach((lang, text) -> {
            if (!validLanguage(lang)) {
                errors.add(origin, field, "'" + lang + "' is not a language tag (fr, en)");
            } else if (!blank(text)) {
                g.add(s, p.asNode(), text(text, lang));
            }
        });
    }

    /** The texts of {@code s p}, keyed by language (empty key: none). */
    static Map<String, String> texts(Graph g, Node s, Property p) {
        Map<String, String> out = new LinkedHashMap<>();
        g.find(s, p.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .forEachRemaining(o -> out.putIfAbsent(o.getLiteralLanguage(), o.getLiteralLexicalForm()));
        return out;
    }

    static String one(Graph g, Node s, Property p) {
        return g.find(s, p.asNode(), Node.ANY).mapWith(Triple::getObject)
                .mapWith(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : null)
                .filterKeep(v -> v != null).nextOptional().orElse(null);
    }

    static java.util.List<String> all(Graph g, Node s, Property p) {
        return g.find(s, p.asNode(), Node.ANY).mapWith(Triple::getObject)
                .mapWith(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : null)
                .filterKeep(v -> v != null).toList().stream().sorted().toList();
    }

    static Boolean bool(Graph g, Node s, Property p) {
        String v = one(g, s, p);
        return v == null ? null : Boolean.valueOf(v);
    }
}

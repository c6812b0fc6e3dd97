package fr.hdh.catalog.harvest.ckan;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The record graph being written, with the value rules ckanext-dcat's profiles apply: text that is an
 * http(s) URL becomes an IRI (a few unsafe characters percent-encoded), other text a plain literal;
 * dates become {@code xsd:gYear}, {@code xsd:gYearMonth}, {@code xsd:date} or {@code xsd:dateTime} by
 * their shape; a free-text statement becomes a node of its class labelled with the text.
 */
final class CkanGraph {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern INTEGER = Pattern.compile("\\+?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** The characters ckanext-dcat's CleanedURIRef percent-encodes. */
    private static final String UNSAFE = " !\"$'()*,;<>[]{|}\\^`";

    final Graph g;

    CkanGraph(Graph g) {
        this.g = g;
    }

    void add(Node s, Node p, Node o) {
        g.add(s, p, o);
    }

    void type(Node s, Node type) {
        g.add(s, RDF.type.asNode(), type);
    }

    void literal(Node s, Node p, String text) {
        if (!text.isEmpty()) {
            g.add(s, p, NodeFactory.createLiteralString(text));
        }
    }

    /** An IRI for an absolute URL; nothing for other text (a property whose range is never a literal). */
    void link(Node s, Node p, String url) {
        iri(url).ifPresent(o -> g.add(s, p, o));
    }

    /** An IRI or a literal, as the text reads; the IRI typed with {@code range} when given. */
    void iriOrLiteral(Node s, Node p, String text, Node range) {
        if (text.isEmpty()) {
            return;
        }
        Optional<Node> iri = iri(text);
        g.add(s, p, iri.orElseGet(() -> NodeFactory.createLiteralString(text)));
        if (range != null) {
            iri.ifPresent(o -> type(o, range));
        }
    }

    /**
     * An IRI for a URL; other text as a node of {@code range} labelled with it, because the property's
     * range is a class (a literal would be refused, and the text would be lost if left out). A concept
     * is labelled with {@code skos:prefLabel}, anything else with {@code rdfs:label}.
     */
    void iriOrLabelled(Node s, Node p, String text, Node range) {
        if (text.isEmpty()) {
            return;
        }
        Optional<Node> iri = iri(text);
        Node o = iri.orElseGet(NodeFactory::createBlankNode);
        g.add(s, p, o);
        if (range != null) {
            type(o, range);
        }
        if (iri.isEmpty()) {
            Node label = SKOS.Concept.asNode().equals(range) ? SKOS.prefLabel.asNode() : RDFS.label.asNode();
            g.add(o, label, NodeFactory.createLiteralString(text));
        }
    }

    /**
     * A URL given where a distribution is expected ({@code sample}, {@code analytics}): a
     * {@code dcat:Distribution} reached at that URL, so it is described as DCAT-AP asks.
     */
    void distributionAt(Node s, Node p, String url) {
        iri(url).ifPresent(u -> {
            Node dist = NodeFactory.createBlankNode();
            g.add(s, p, dist);
            type(dist, org.apache.jena.vocabulary.DCAT.Distribution.asNode());
            g.add(dist, org.apache.jena.vocabulary.DCAT.accessURL.asNode(), u);
        });
    }

    void date(Node s, Node p, String value) {
        if (value.isEmpty()) {
            return;
        }
        g.add(s, p, dateLiteral(value));
    }

    void typed(Node s, Node p, String lexical, XSDDatatype type) {
        if (!lexical.isEmpty()) {
            g.add(s, p, NodeFactory.createLiteralDT(lexical, type));
        }
    }

    /** A non-negative integer, as HealthDCAT-AP's counts and ages are; other text as a plain literal. */
    void count(Node s, Node p, String value) {
        if (value.isEmpty()) {
            return;
        }
        g.add(s, p, INTEGER.matcher(value).matches()
                ? NodeFactory.createLiteralDT(new java.math.BigInteger(value.replace("+", "")).toString(), XSDDatatype.XSDnonNegativeInteger)
                : NodeFactory.createLiteralString(value));
    }

    /** An {@code xsd:decimal}; other text as a plain literal. */
    void decimal(Node s, Node p, String value) {
        if (value.isEmpty()) {
            return;
        }
        g.add(s, p, DECIMAL.matcher(value).matches()
                ? NodeFactory.createLiteralDT(new BigDecimal(value).toPlainString(), XSDDatatype.XSDdecimal)
                : NodeFactory.createLiteralString(value));
    }

    static Node dateLiteral(String value) {
        if (YEAR.matcher(value).matches()) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYear);
        }
        if (YEAR_MONTH.matcher(value).matches()) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYearMonth);
        }
        if (DATE.matcher(value).matches()) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
        }
        if (DATE_TIME.matcher(value).matches()) {
            String v = value.replace(' ', 'T');
            if (v.length() == 16) {
                v += ":00";
            }
            v = v.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdateTime);
        }
        return NodeFactory.createLiteralString(value);
    }

    /** An IRI for an absolute http(s) URL with a host, after encoding the characters IRIs do not allow. */
    static Optional<Node> iri(String text) {
        String url = clean(text);
        return absolute(url) ? Optional.of(NodeFactory.createURI(url)) : Optional.empty();
    }

    /** {@code mailto:} + the address, when it looks like one. */
    static Optional<Node> mailto(String email) {
        String address = email.trim().replaceFirst("^mailto:", "");
        return address.matches("[^@\\s<>\"]+@[^@\\s<>\"]+") ? Optional.of(NodeFactory.createURI("mailto:" + address))
                : Optional.empty();
    }

    static String clean(String text) {
        String v = text.trim();
        StringBuilder out = new StringBuilder(v.length());
        for (char c : v.toCharArray()) {
            if (UNSAFE.indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True for an absolute http(s) URL that parses (CKAN fields often hold free text). */
    static boolean absolute(String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return false;
        }
        try {
            return new URI(url).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

package fr.hdh.catalog.harvest.dcat;

import fr.hdh.catalog.vocab.eu.FileTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.sparql.vocabulary.FOAF;

/**
 * The DCAT-AP 2.x → 3 differences that are mechanical, and the slips real portals make that have one
 * right reading. Each rewrites triples in place; nothing is guessed:
 * <ul>
 *   <li>{@code schema:startDate} / {@code schema:endDate} of a period (DCAT-AP 2.0 accepted them,
 *       deprecated; 3 has only {@code dcat:startDate} / {@code dcat:endDate}) become the DCAT terms;</li>
 *   <li>an integral {@code dcat:byteSize} given untyped or as {@code xsd:integer} /
 *       {@code xsd:nonNegativeInteger} (DCAT-AP 3.0.1 and the HealthDCAT-AP example write it so) becomes
 *       {@code xsd:decimal}, the datatype of DCAT-AP 3.0.0, which HealthDCAT-AP r8 and this catalogue
 *       validate with; the number is unchanged;</li>
 *   <li>{@code https://www.w3.org/ns/dcat#} and {@code https://purl.org/dc/terms/} (a common slip)
 *       become the http namespaces the terms are defined in;</li>
 *   <li>untyped dates of {@code dct:issued}, {@code dct:modified}, {@code dcat:startDate},
 *       {@code dcat:endDate} become {@code xsd:date} or {@code xsd:dateTime} when their text is one,
 *       also with a space for the {@code T} ({@code "2019-10-30 23:00:00"}, as FAIR Data Points and
 *       SQL exports write it);</li>
 *   <li>a {@code vcard:hasEmail} given as text becomes a {@code mailto:} IRI;</li>
 *   <li>a property whose value DCAT-AP defines as a resource ({@code dct:language},
 *       {@code dct:license}, {@code dcat:accessURL}…, see {@link #RESOURCE_VALUED}) given the text of an
 *       absolute http(s) IRI ({@code <dct:language>http://publications.europa.eu/…/DEU</dct:language>},
 *       as CKAN's RDF/XML export writes it) becomes that IRI;</li>
 *   <li>a {@code dct:format} given as text that is a code of the EU file-type table ({@code "CSV"},
 *       {@code "json"}) becomes that concept, as CKAN's harvesters map it; other text
 *       ({@code "Kartenviewer"}) stays for validation to report.</li>
 * </ul>
 * Not upgraded (not mechanical): free-text formats and licences, missing mandatory properties.
 */
final class DcatApUpgrade {
    private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    private static final Node HAS_EMAIL = NodeFactory.createURI(VCARD + "hasEmail");
    private static final Node START = DCAT.startDate.asNode();
    private static final Node END = DCAT.endDate.asNode();
    private static final Map<String, Node> SCHEMA_DATES = Map.of(
            "http://schema.org/startDate", START, "https://schema.org/startDate", START,
            "http://schema.org/endDate", END, "https://schema.org/endDate", END);
    private static final Map<String, String> NAMESPACE_SLIPS = Map.of(
            "https://www.w3.org/ns/dcat#", DCAT.NS, "https://purl.org/dc/terms/", DCTerms.NS);
    private static final List<Node> DATE_PROPERTIES = List.of(DCTerms.issued.asNode(), DCTerms.modified.asNode(), START, END);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DATE_TIME_SPACE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?)");
    private static final Pattern INTEGRAL = Pattern.compile("\\+?\\d+(\\.0*)?");
    private static final Pattern ABSOLUTE_HTTP = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");
    /** DCAT-AP properties whose range is a class (never a literal) and whose values are usually links. */
    static final Set<Node> RESOURCE_VALUED = Set.of(
            DCTerms.language.asNode(), DCTerms.license.asNode(), DCTerms.rights.asNode(), DCTerms.accessRights.asNode(),
            DCTerms.conformsTo.asNode(), DCTerms.format.asNode(), DCTerms.publisher.asNode(), DCTerms.creator.asNode(),
            DCTerms.accrualPeriodicity.asNode(), DCTerms.spatial.asNode(), DCTerms.type.asNode(),
            DCTerms.relation.asNode(), DCTerms.source.asNode(), DCTerms.isVersionOf.asNode(), DCTerms.hasVersion.asNode(),
            DCTerms.isReferencedBy.asNode(), DCAT.theme.asNode(), DCAT.themeTaxonomy.asNode(), DCAT.mediaType.asNode(),
            DCAT.compressFormat.asNode(), DCAT.packageFormat.asNode(), DCAT.landingPage.asNode(), DCAT.accessURL.asNode(),
            DCAT.downloadURL.asNode(), DCAT.endpointURL.asNode(), DCAT.endpointDescription.asNode(),
            FOAF.page.asNode(), FOAF.homepage.asNode(),
            NodeFactory.createURI("http://data.europa.eu/r5r/availability"),
            NodeFactory.createURI("http://data.europa.eu/r5r/applicableLegislation"),
            NodeFactory.createURI("http://www.w3.org/ns/adms#status"));

    private DcatApUpgrade() {}

    /** Upgrades {@code g} in place; returns how many triples were rewritten. */
    static int apply(Graph g) {
        List<Triple> remove = new ArrayList<>();
        List<Triple> add = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            Triple up = upgrade(t);
            if (!up.equals(t)) {
                remove.add(t);
                add.add(up);
            }
        });
        remove.forEach(g::delete);
        add.forEach(g::add);
        return add.size();
    }

    static Triple upgrade(Triple t) {
        Node p = namespace(t.getPredicate());
        Node o = namespace(t.getObject());
        p = SCHEMA_DATES.getOrDefault(p.isURI() ? p.getURI() : "", p);
        if (o.isLiteral()) {
            o = literal(p, o);
        }
        return Triple.create(namespace(t.getSubject()), p, o);
    }

    private static Node literal(Node p, Node o) {
        String text = o.getLiteralLexicalForm().trim();
        boolean plain = o.getLiteralDatatype() == null || XSDDatatype.XSDstring.equals(o.getLiteralDatatype())
                || o.getLiteralLanguage() != null && !o.getLiteralLanguage().isEmpty();
        if (p.equals(DCAT.byteSize.asNode()) && INTEGRAL.matcher(text).matches()
                && (plain || XSDDatatype.XSDinteger.equals(o.getLiteralDatatype())
                    || XSDDatatype.XSDnonNegativeInteger.equals(o.getLiteralDatatype()))) {
            return NodeFactory.createLiteralDT(text.replaceFirst("^\\+", ""), XSDDatatype.XSDdecimal);
        }
        if (plain && DATE_PROPERTIES.contains(p)) {
            if (DATE.matcher(text).matches()) {
                return NodeFactory.createLiteralDT(text, XSDDatatype.XSDdate);
            }
            if (DATE_TIME.matcher(text).matches()) {
                return NodeFactory.createLiteralDT(text, XSDDatatype.XSDdateTime);
            }
        }
        if (plain && DATE_PROPERTIES.contains(p)) {
            Matcher spaced = DATE_TIME_SPACE.matcher(text);
            if (spaced.matches()) {
                return NodeFactory.createLiteralDT(spaced.group(1) + "T" + spaced.group(2), XSDDatatype.XSDdateTime);
            }
        }
        if (plain && p.equals(HAS_EMAIL) && text.contains("@") && !text.contains(" ")) {
            return NodeFactory.createURI(text.startsWith("mailto:") ? text : "mailto:" + text);
        }
        if (plain && RESOURCE_VALUED.contains(p) && ABSOLUTE_HTTP.matcher(text).matches()) {
            return NodeFactory.createURI(text);
        }
        if (plain && p.equals(DCTerms.format.asNode())) {
            return FileTypes.of(text).orElse(o);
        }
        return o;
    }

    private static Node namespace(Node n) {
        if (!n.isURI()) {
            return n;
        }
        for (Map.Entry<String, String> slip : NAMESPACE_SLIPS.entrySet()) {
            if (n.getURI().startsWith(slip.getKey())) {
                return NodeFactory.createURI(slip.getValue() + n.getURI().substring(slip.getKey().length()));
            }
        }
        return n;
    }
}

package fr.hdh.catalog.harvest.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * One CKAN package as a DCAT dataset record, following ckanext-dcat's European DCAT-AP profile:
 * <ul>
 *   <li>the dataset IRI is the {@code uri} extra, else {@code {site}/dataset/{id}}; {@code title} →
 *       {@code dct:title}; {@code notes} → {@code dct:description}; {@code tags[].name} →
 *       {@code dcat:keyword}; the {@code identifier} extra, else {@code id} → {@code dct:identifier};
 *       {@code url} → {@code dcat:landingPage}; {@code version} → {@code owl:versionInfo};
 *       {@code metadata_created} / {@code metadata_modified} → {@code dct:issued} / {@code dct:modified};</li>
 *   <li>{@code organization} → {@code dct:publisher}, a {@code foaf:Organization} named by its title, with
 *       the IRI {@code {site}/organization/{id}} (the {@code publisher_uri} extra when given);
 *       {@code maintainer}/{@code author} and their e-mail → a {@code vcard:Organization} contact point;</li>
 *   <li>each resource → a {@code dcat:Distribution} ({@code {site}/dataset/{id}/resource/{rid}}):
 *       {@code name}, {@code description}; {@code url} → {@code dcat:accessURL} (unless it is the
 *       {@code download_url}), {@code download_url} → {@code dcat:downloadURL}; {@code format} → an EU
 *       file type; {@code mimetype} → {@code dcat:mediaType}; {@code size} → {@code dcat:byteSize} (an {@code xsd:decimal}, as DCAT-AP 3.0.0 wants);
 *       the package's {@code license_url} → {@code dct:license} of each distribution (a
 *       {@code dct:LicenseDocument}), as ckanext-dcat does.</li>
 * </ul>
 */
final class CkanPackageMapper {
    private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String site;

    CkanPackageMapper(String site) {
        this.site = site.replaceFirst("/+$", "");
    }

    CatalogRecord toRecord(JsonNode p, RecordSource source) {
        String id = text(p, "id");
        String title = text(p, "title");
        if (id.isEmpty() || title.isEmpty()) {
            throw new IllegalArgumentException("a CKAN package needs an id and a title");
        }
        String iri = extra(p, "uri").filter(CkanPackageMapper::absolute).orElse(site + "/dataset/" + id);
        Graph g = GraphFactory.createDefaultGraph();
        Node d = NodeFactory.createURI(iri);
        g.add(d, RDF.type.asNode(), DCAT.Dataset.asNode());
        g.add(d, DCTerms.title.asNode(), NodeFactory.createLiteralString(title));
        literal(g, d, DCTerms.description.asNode(), text(p, "notes"));
        literal(g, d, DCTerms.identifier.asNode(), extra(p, "identifier").orElse(id));
        literal(g, d, OWL.versionInfo.asNode(), text(p, "version"));
        p.path("tags").forEach(t -> literal(g, d, DCAT.keyword.asNode(), text(t, "name")));
        date(g, d, DCTerms.issued.asNode(), text(p, "metadata_created"));
        date(g, d, DCTerms.modified.asNode(), text(p, "metadata_modified"));
        link(g, d, DCAT.landingPage.asNode(), text(p, "url"));
        publisher(g, d, p);
        contactPoint(g, d, p);
        Node licence = licence(g, p);
        for (JsonNode resource : p.path("resources")) {
            distribution(g, d, id, resource, licence);
        }
        return new CatalogRecord(iri, RecordKind.DATASET, g, source);
    }

    private void publisher(Graph g, Node d, JsonNode p) {
        JsonNode org = p.path("organization");
        if (!org.isObject() || text(org, "id").isEmpty()) {
            return;
        }
        String iri = extra(p, "publisher_uri").filter(CkanPackageMapper::absolute)
                .orElse(site + "/organization/" + text(org, "id"));
        Node o = NodeFactory.createURI(iri);
        g.add(d, DCTerms.publisher.asNode(), o);
        g.add(o, RDF.type.asNode(), FOAF.Organization.asNode());
        literal(g, o, FOAF.name.asNode(), text(org, "title").isEmpty() ? text(org, "name") : text(org, "title"));
    }

    private static void contactPoint(Graph g, Node d, JsonNode p) {
        String name = text(p, "maintainer").isEmpty() ? text(p, "author") : text(p, "maintainer");
        String email = text(p, "maintainer_email").isEmpty() ? text(p, "author_email") : text(p, "maintainer_email");
        if (name.isEmpty() && email.isEmpty()) {
            return;
        }
        Node c = NodeFactory.createBlankNode();
        g.add(d, DCAT.contactPoint.asNode(), c);
        g.add(c, RDF.type.asNode(), NodeFactory.createURI(VCARD + "Organization"));
        literal(g, c, NodeFactory.createURI(VCARD + "fn"), name);
        if (email.contains("@") && !email.contains(" ")) {
            g.add(c, NodeFactory.createURI(VCARD + "hasEmail"), NodeFactory.createURI("mailto:" + email.replaceFirst("^mailto:", "")));
        }
    }

    private static Node licence(Graph g, JsonNode p) {
        String url = text(p, "license_url");
        if (!absolute(url)) {
            url = absolute(text(p, "license_id")) ? text(p, "license_id") : "";
        }
        if (url.isEmpty()) {
            return null;
        }
        Node licence = NodeFactory.createURI(url);
        g.add(licence, RDF.type.asNode(), DCTerms.LicenseDocument.asNode());
        literal(g, licence, DCTerms.title.asNode(), text(p, "license_title"));
        return licence;
    }

    private void distribution(Graph g, Node d, String packageId, JsonNode r, Node licence) {
        String rid = text(r, "id");
        String iri = text(r, "uri");
        if (!absolute(iri)) {
            iri = rid.isEmpty() ? null : site + "/dataset/" + packageId + "/resource/" + rid;
        }
        Node dist = iri == null ? NodeFactory.createBlankNode() : NodeFactory.createURI(iri);
        g.add(d, DCAT.distribution.asNode(), dist);
        g.add(dist, RDF.type.asNode(), DCAT.Distribution.asNode());
        literal(g, dist, DCTerms.title.asNode(), text(r, "name"));
        literal(g, dist, DCTerms.description.asNode(), text(r, "description"));
        String url = text(r, "url");
        String download = text(r, "download_url");
        String access = text(r, "access_url");
        link(g, dist, DCAT.accessURL.asNode(), !access.isEmpty() ? access : url.equals(download) ? "" : url);
        link(g, dist, DCAT.downloadURL.asNode(), download);
        CkanFormats.fileType(text(r, "format")).ifPresent(f -> g.add(dist, DCTerms.format.asNode(), f));
        CkanFormats.mediaType(text(r, "mimetype")).ifPresent(m -> g.add(dist, DCAT.mediaType.asNode(), m));
        String size = text(r, "size");
        if (size.matches("\\d+")) {
            g.add(dist, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT(size, XSDDatatype.XSDdecimal));
        }
        date(g, dist, DCTerms.issued.asNode(), text(r, "created"));
        date(g, dist, DCTerms.modified.asNode(), text(r, "last_modified"));
        if (licence != null) {
            g.add(dist, DCTerms.license.asNode(), licence);
        }
    }

    private static java.util.Optional<String> extra(JsonNode p, String key) {
        for (JsonNode e : p.path("extras")) {
            if (key.equals(text(e, "key")) && !text(e, "value").isEmpty()) {
                return java.util.Optional.of(text(e, "value"));
            }
        }
        return java.util.Optional.empty();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText().trim() : "";
    }

    private static void literal(Graph g, Node s, Node p, String value) {
        if (!value.isEmpty()) {
            g.add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    private static void link(Graph g, Node s, Node p, String url) {
        if (absolute(url)) {
            g.add(s, p, NodeFactory.createURI(url));
        }
    }

    private static void date(Graph g, Node s, Node p, String value) {
        if (DATE_TIME.matcher(value).matches()) {
            g.add(s, p, NodeFactory.createLiteralDT(value, XSDDatatype.XSDdateTime));
        } else if (DATE.matcher(value).matches()) {
            g.add(s, p, NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate));
        }
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

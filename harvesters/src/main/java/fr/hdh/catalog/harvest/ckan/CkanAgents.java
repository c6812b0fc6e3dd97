package fr.hdh.catalog.harvest.ckan;

import static fr.hdh.catalog.harvest.ckan.CkanTerms.*;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The people and organisations of a package, as ckanext-dcat writes them: contact points
 * ({@code contact[]}, else the classic {@code contact_*}, {@code maintainer} and {@code author}
 * fields), publisher ({@code publisher[]}, else the {@code publisher_*} extras, else the CKAN
 * organisation), creators ({@code creator[]}, else {@code creator_*} extras), the health data access
 * body ({@code hdab[]}), qualified attributions and provenance activities.
 */
final class CkanAgents {
    private final CkanGraph out;
    private final String site;

    CkanAgents(CkanGraph out, String site) {
        this.out = out;
        this.site = site;
    }

    void map(Node d, CkanFields p) {
        contacts(d, p);
        publisher(d, p);
        creators(d, p);
        p.objects("hdab").forEach(a -> agent(d, HEALTH_HDAB, a));
        attributions(d, p);
        activities(d, p);
    }

    private void contacts(Node d, CkanFields p) {
        for (CkanFields c : p.objects("contact")) {
            contact(d, DCAT.contactPoint.asNode(), c);
        }
        String name = p.first("contact_name", "maintainer", "author");
        String email = p.first("contact_email", "maintainer_email", "author_email");
        String uri = p.text("contact_uri");
        if (name.isEmpty() && email.isEmpty() && uri.isEmpty()) {
            return;
        }
        Node c = node(uri);
        out.add(d, DCAT.contactPoint.asNode(), c);
        out.type(c, VCARD_ORGANIZATION);
        out.literal(c, VCARD_FN, name);
        CkanGraph.mailto(email).ifPresent(m -> out.add(c, VCARD_HAS_EMAIL, m));
    }

    /** A {@code vcard:Kind}: name, e-mail, identifier and URL. */
    void contact(Node subject, Node predicate, CkanFields c) {
        Node k = node(c.text("uri"));
        out.add(subject, predicate, k);
        out.type(k, VCARD_KIND);
        out.literal(k, VCARD_FN, c.text("name"));
        CkanGraph.mailto(c.text("email")).ifPresent(m -> out.add(k, VCARD_HAS_EMAIL, m));
        out.iriOrLiteral(k, VCARD_HAS_UID, c.text("identifier"), null);
        out.link(k, VCARD_HAS_URL, c.text("url"));
    }

    private void publisher(Node d, CkanFields p) {
        if (!p.objects("publisher").isEmpty()) {
            p.objects("publisher").forEach(a -> agent(d, DCTerms.publisher.asNode(), a));
            return;
        }
        if (!p.text("publisher_uri").isEmpty() || !p.text("publisher_name").isEmpty()) {
            Node a = node(p.text("publisher_uri"));
            out.add(d, DCTerms.publisher.asNode(), a);
            legacyAgent(a, p, "publisher_");
            return;
        }
        CkanFields org = new CkanFields(p.node().path("organization"));
        if (org.node().isObject() && !org.text("id").isEmpty()) {
            Node a = NodeFactory.createURI(site + "/organization/" + org.text("id"));
            out.add(d, DCTerms.publisher.asNode(), a);
            out.type(a, FOAF.Agent.asNode());
            out.type(a, FOAF.Organization.asNode());
            out.literal(a, FOAF.name.asNode(), org.first("title", "name"));
            out.link(a, FOAF.homepage.asNode(), org.text("url"));
            CkanGraph.mailto(org.text("email")).ifPresent(m -> out.add(a, VCARD_HAS_EMAIL, m));
        }
    }

    private void creators(Node d, CkanFields p) {
        if (!p.objects("creator").isEmpty()) {
            p.objects("creator").forEach(a -> agent(d, DCTerms.creator.asNode(), a));
        } else if (!p.text("creator_uri").isEmpty() || !p.text("creator_name").isEmpty()) {
            Node a = node(p.text("creator_uri"));
            out.add(d, DCTerms.creator.asNode(), a);
            legacyAgent(a, p, "creator_");
        }
    }

    private void legacyAgent(Node a, CkanFields p, String prefix) {
        out.type(a, FOAF.Agent.asNode());
        out.literal(a, FOAF.name.asNode(), p.text(prefix + "name"));
        CkanGraph.mailto(p.text(prefix + "email")).ifPresent(m -> out.add(a, VCARD_HAS_EMAIL, m));
        out.link(a, FOAF.homepage.asNode(), p.text(prefix + "url"));
        out.iriOrLabelled(a, DCTerms.type.asNode(), p.text(prefix + "type"), SKOS.Concept.asNode());
        out.iriOrLiteral(a, DCTerms.identifier.asNode(), p.text(prefix + "identifier"), null);
    }

    /** A scheming agent ({@code publisher[]}, {@code creator[]}, {@code hdab[]}): a {@code foaf:Agent}. */
    Node agent(Node subject, Node predicate, CkanFields a) {
        return agent(subject, predicate, a, VCARD_HAS_EMAIL);
    }

    /** An agent of an attribution or activity: a {@code foaf:Organization} whose e-mail is a {@code foaf:mbox}. */
    private Node provAgent(Node subject, Node predicate, CkanFields a) {
        Node ref = agent(subject, predicate, a, FOAF.mbox.asNode());
        out.type(ref, FOAF.Organization.asNode());
        return ref;
    }

    private Node agent(Node subject, Node predicate, CkanFields a, Node email) {
        Node ref = node(a.text("uri"));
        out.add(subject, predicate, ref);
        out.type(ref, FOAF.Agent.asNode());
        out.literal(ref, FOAF.name.asNode(), a.text("name"));
        out.link(ref, FOAF.homepage.asNode(), a.first("url", "homepage"));
        out.iriOrLabelled(ref, DCTerms.type.asNode(), a.text("type"), SKOS.Concept.asNode());
        CkanGraph.mailto(a.text("email")).ifPresent(m -> out.add(ref, email, m));
        contactPoint(ref, a);
        out.iriOrLiteral(ref, DCTerms.identifier.asNode(), a.text("identifier"), null);
        for (CkanFields onBehalf : a.objects("actedOnBehalfOf")) {
            Node o = NodeFactory.createBlankNode();
            out.add(ref, PROV_ACTED_ON_BEHALF_OF, o);
            out.type(o, PROV_ORGANIZATION);
            out.literal(o, FOAF.name.asNode(), onBehalf.text("name"));
        }
        return ref;
    }

    /**
     * The agent's e-mail and web page again as its {@code cv:contactPoint}, the form HealthDCAT-AP
     * requires of a publisher and a health data access body (ckanext-dcat writes only the first form).
     */
    private void contactPoint(Node agent, CkanFields a) {
        String email = a.text("email").replaceFirst("^mailto:", "");
        Optional<Node> page = CkanGraph.iri(a.first("url", "homepage"));
        if (!email.contains("@") && page.isEmpty()) {
            return;
        }
        Node c = NodeFactory.createBlankNode();
        out.add(agent, CV_CONTACT_POINT, c);
        out.type(c, CV_CONTACT_POINT_CLASS);
        if (email.contains("@")) {
            out.literal(c, CV_EMAIL, email);
        }
        page.ifPresent(u -> out.add(c, CV_CONTACT_PAGE, u));
    }

    private void attributions(Node d, CkanFields p) {
        for (CkanFields attribution : p.objects("qualified_attribution")) {
            Node q = NodeFactory.createBlankNode();
            out.add(d, PROV_QUALIFIED_ATTRIBUTION, q);
            out.type(q, PROV_ATTRIBUTION);
            attribution.objects("agent").forEach(a -> provAgent(q, PROV_AGENT, a));
            attribution.list("agent").stream().map(CkanGraph::iri).flatMap(Optional::stream)
                    .forEach(a -> out.add(q, PROV_AGENT, a));
            out.link(q, DCAT.hadRole.asNode(), attribution.text("role"));
        }
    }

    private void activities(Node d, CkanFields p) {
        for (CkanFields activity : p.objects("provenance_activity")) {
            Node a = CkanGraph.iri(activity.text("uri")).orElseGet(NodeFactory::createBlankNode);
            out.add(d, PROV_WAS_GENERATED_BY, a);
            out.type(a, PROV_ACTIVITY);
            out.literal(a, RDFS.label.asNode(), activity.text("label"));
            out.link(a, RDFS.seeAlso.asNode(), activity.text("seeAlso"));
            out.link(a, DCTerms.type.asNode(), activity.text("dct_type"));
            out.date(a, PROV_STARTED_AT_TIME, activity.text("startedAtTime"));
            activity.objects("wasAssociatedWith").forEach(w -> provAgent(a, PROV_WAS_ASSOCIATED_WITH, w));
        }
    }

    private static Node node(String uri) {
        return CkanGraph.iri(uri).orElseGet(NodeFactory::createBlankNode);
    }
}

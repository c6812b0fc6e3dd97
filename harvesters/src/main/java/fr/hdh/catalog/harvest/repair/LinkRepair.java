package fr.hdh.catalog.harvest.repair;

import fr.hdh.catalog.harvest.dcat.IriRepair;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * A property whose value DCAT-AP defines as a resource (an access or download URL, a landing page, a
 * licence, a theme, …, see {@link #RESOURCE_VALUED}) given as the text of an absolute link, plain or
 * typed {@code xsd:anyURI} ({@code <dcat:accessURL>https://…</dcat:accessURL>}, as CKAN's RDF/XML writes
 * it) → that IRI. Characters IRIs may not hold raw (spaces, brackets) are percent-encoded, as a browser
 * does before it follows such a link.
 */
final class LinkRepair extends ValueRepair {
    /** DCAT-AP properties whose range is a class (never a literal) and whose values are usually links. */
    static final Set<Node> RESOURCE_VALUED = Set.of(
            DCTerms.language.asNode(), DCTerms.license.asNode(), DCTerms.rights.asNode(), DCTerms.accessRights.asNode(),
            DCTerms.conformsTo.asNode(), DCTerms.format.asNode(), DCTerms.publisher.asNode(), DCTerms.creator.asNode(),
            DCTerms.accrualPeriodicity.asNode(), DCTerms.spatial.asNode(), DCTerms.type.asNode(),
            DCTerms.relation.asNode(), DCTerms.source.asNode(), DCTerms.isVersionOf.asNode(), DCTerms.hasVersion.asNode(),
            DCTerms.isReferencedBy.asNode(), DCTerms.references.asNode(), DCTerms.requires.asNode(),
            DCTerms.isRequiredBy.asNode(), DCTerms.hasPart.asNode(), DCTerms.isPartOf.asNode(),
            DCAT.theme.asNode(), DCAT.themeTaxonomy.asNode(), DCAT.mediaType.asNode(),
            DCAT.compressFormat.asNode(), DCAT.packageFormat.asNode(), DCAT.landingPage.asNode(), DCAT.accessURL.asNode(),
            DCAT.downloadURL.asNode(), DCAT.endpointURL.asNode(), DCAT.endpointDescription.asNode(),
            DCAT.accessService.asNode(), FOAF.page.asNode(), FOAF.homepage.asNode(),
            NodeFactory.createURI("http://data.europa.eu/r5r/availability"),
            NodeFactory.createURI("http://data.europa.eu/r5r/applicableLegislation"),
            NodeFactory.createURI("http://www.w3.org/ns/adms#status"),
            NodeFactory.createURI("http://www.w3.org/ns/adms#sample"));
    private static final Pattern ABSOLUTE = Pattern.compile("(?i)(https?|ftp)://\\S.*");

    LinkRepair() {
        super("link", RESOURCE_VALUED);
    }

    @Override
    Optional<Node> repaired(Node property, Node value) {
        return text(value).filter(t -> ABSOLUTE.matcher(t).matches()).map(IriRepair::encode).flatMap(LinkRepair::iri);
    }

    @Override
    String reason() {
        return "a link given as text, read as the resource it names";
    }

    private static Optional<Node> iri(String text) {
        try {
            IRIx iri = IRIx.create(text);
            return iri.isAbsolute() ? Optional.of(NodeFactory.createURI(iri.str())) : Optional.empty();
        } catch (IRIException e) {
            return Optional.empty();
        }
    }
}

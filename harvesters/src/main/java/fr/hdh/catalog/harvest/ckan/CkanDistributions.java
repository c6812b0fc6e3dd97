package fr.hdh.catalog.harvest.ckan;

import static fr.hdh.catalog.harvest.ckan.CkanTerms.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * A package's resources as {@code dcat:Distribution}s, field by field as ckanext-dcat's DCAT-AP 3
 * profile writes them, with their access services ({@code access_services[]}) and checksums. A
 * resource with no URL at all ({@code url}, {@code access_url}, {@code download_url}) cannot be a
 * DCAT-AP distribution: it is left out and named in the returned notes, the dataset is kept.
 */
final class CkanDistributions {
    private final CkanGraph out;
    private final String site;
    private final CkanAgents agents;
    private final CkanCoverage coverage;

    CkanDistributions(CkanGraph out, String site, CkanAgents agents, CkanCoverage coverage) {
        this.out = out;
        this.site = site;
        this.agents = agents;
        this.coverage = coverage;
    }

    /** A distribution that was left out, and why. */
    record Dropped(String distribution, String reason) {}

    /** Writes the distributions of {@code d}; returns the resources left out. */
    List<Dropped> map(Node d, CkanFields p, String packageKey, Optional<Node> packageLicence) {
        List<Dropped> dropped = new ArrayList<>();
        int position = 0;
        for (var json : p.node().path("resources")) {
            position++;
            CkanFields r = new CkanFields(json);
            Node dist = iri(r, packageKey);
            String url = r.text("url");
            String access = r.text("access_url");
            String download = r.text("download_url");
            if (!CkanGraph.iri(url).isPresent() && !CkanGraph.iri(access).isPresent() && !CkanGraph.iri(download).isPresent()) {
                String name = dist.isURI() ? dist.getURI() : "#" + position + (r.text("name").isEmpty() ? "" : " \"" + r.text("name") + "\"");
                dropped.add(new Dropped(name, url.isEmpty() && access.isEmpty() && download.isEmpty()
                        ? "no url, access_url or download_url"
                        : "no http(s) URL among url, access_url and download_url"));
                continue;
            }
            out.add(d, DCAT.distribution.asNode(), dist);
            out.type(dist, DCAT.Distribution.asNode());
            urls(dist, url, access, download);
            describe(dist, r, packageLicence);
            coverage.retention(dist, r);
        }
        return dropped;
    }

    /** {@code uri}, else {@code {site}/dataset/{package_id}/resource/{id}}, else a blank node. */
    private Node iri(CkanFields r, String packageKey) {
        Optional<Node> uri = CkanGraph.iri(r.text("uri"));
        if (uri.isPresent()) {
            return uri.get();
        }
        if (r.text("id").isEmpty()) {
            return NodeFactory.createBlankNode();
        }
        String pkg = r.text("package_id").isEmpty() ? packageKey : r.text("package_id");
        return NodeFactory.createURI(site + "/dataset/" + pkg + "/resource/" + r.text("id"));
    }

    /**
     * {@code access_url}, else {@code url} → {@code dcat:accessURL}; {@code download_url} →
     * {@code dcat:downloadURL}. DCAT-AP requires an access URL: when the only URL is the download URL
     * it serves as both, as DCAT-AP advises (ckanext-dcat would leave the access URL out).
     */
    private void urls(Node dist, String url, String access, String download) {
        Optional<Node> accessUrl = CkanGraph.iri(access).or(() -> CkanGraph.iri(url)).or(() -> CkanGraph.iri(download));
        accessUrl.ifPresent(a -> out.add(dist, DCAT.accessURL.asNode(), a));
        out.link(dist, DCAT.downloadURL.asNode(), download);
    }

    private void describe(Node dist, CkanFields r, Optional<Node> packageLicence) {
        out.literal(dist, DCTerms.title.asNode(), r.text("name"));
        out.literal(dist, DCTerms.description.asNode(), r.text("description"));
        out.iriOrLiteral(dist, ADMS_STATUS, r.text("status"), null);
        Optional<Node> licence = CkanGraph.iri(r.text("license"));
        licence.or(() -> packageLicence).ifPresent(l -> {
            out.add(dist, DCTerms.license.asNode(), l);
            out.type(l, DCTerms.LicenseDocument.asNode());
        });
        r.list("documentation").forEach(v -> out.iriOrLabelled(dist, FOAF.page.asNode(), v, FOAF.Document.asNode()));
        r.list("language").forEach(v -> out.iriOrLiteral(dist, DCTerms.language.asNode(), CkanCodes.language(v), DCTerms.LinguisticSystem.asNode()));
        r.list("conforms_to").forEach(v -> out.iriOrLabelled(dist, DCTerms.conformsTo.asNode(), v, DCTerms.Standard.asNode()));
        r.list("applicable_legislation").forEach(v ->
                out.iriOrLiteral(dist, DCATAP_APPLICABLE_LEGISLATION, v, ELI_LEGAL_RESOURCE));
        statement(dist, DCTerms.rights.asNode(), r.text("rights"), DCTerms.RightsStatement.asNode());
        formats(dist, r);
        out.date(dist, DCTerms.issued.asNode(), r.first("issued", "created"));
        out.date(dist, DCTerms.modified.asNode(), r.first("modified", "last_modified", "metadata_modified"));
        out.decimal(dist, DCAT.byteSize.asNode(), r.text("size"));
        checksum(dist, r);
        out.iriOrLiteral(dist, DCATAP_AVAILABILITY, r.text("availability"), null);
        out.iriOrLiteral(dist, DCAT.compressFormat.asNode(), r.text("compress_format"), DCTerms.MediaType.asNode());
        out.iriOrLiteral(dist, DCAT.packageFormat.asNode(), r.text("package_format"), DCTerms.MediaType.asNode());
        out.typed(dist, DCAT.temporalResolution.asNode(), r.text("temporal_resolution"), XSDDatatype.XSDduration);
        r.list("spatial_resolution_in_meters").forEach(v -> out.decimal(dist, DCAT.spatialResolutionInMeters.asNode(), v));
        for (CkanFields service : r.objects("access_services")) {
            accessService(dist, service);
        }
    }

    /**
     * {@code format} → {@code dct:format} (an IRI as given, a code as the EU file type; a media type
     * given as format is a {@code dcat:mediaType}, as ckanext-dcat reads it); {@code mimetype} →
     * {@code dcat:mediaType} as an IANA IRI.
     */
    private void formats(Node dist, CkanFields r) {
        String format = r.text("format");
        String mimetype = r.text("mimetype");
        if (!format.isEmpty() && (mimetype.isEmpty() || mimetype.equals(format))
                && (format.contains("iana.org/assignments/media-types") || !format.startsWith("http") && format.contains("/"))) {
            mimetype = format;
            format = "";
        }
        Optional<Node> fileType = CkanGraph.iri(format).or(() -> CkanFormats.fileType(r.text("format")));
        if (!format.isEmpty()) {
            fileType.ifPresent(f -> {
                out.add(dist, DCTerms.format.asNode(), f);
                out.type(f, DCTerms.MediaTypeOrExtent.asNode());
            });
        }
        Optional<Node> media = CkanGraph.iri(mimetype).or(() -> CkanFormats.mediaType(r.text("mimetype").isEmpty() ? r.text("format") : r.text("mimetype")));
        if (!mimetype.isEmpty()) {
            media.ifPresent(m -> {
                out.add(dist, DCAT.mediaType.asNode(), m);
                out.type(m, DCTerms.MediaType.asNode());
            });
        }
    }

    private void checksum(Node dist, CkanFields r) {
        String hash = r.text("hash");
        if (hash.isEmpty()) {
            return;
        }
        Node c = NodeFactory.createBlankNode();
        out.add(dist, SPDX_CHECKSUM, c);
        out.type(c, SPDX_CHECKSUM_CLASS);
        out.typed(c, SPDX_CHECKSUM_VALUE, hash, XSDDatatype.XSDhexBinary);
        out.iriOrLiteral(c, SPDX_ALGORITHM, r.text("hash_algorithm"), SPDX_CHECKSUM_ALGORITHM);
    }

    private void accessService(Node dist, CkanFields s) {
        Node service = CkanGraph.iri(s.text("uri")).orElseGet(NodeFactory::createBlankNode);
        out.add(dist, DCAT.accessService.asNode(), service);
        out.type(service, DCAT.DataService.asNode());
        out.literal(service, DCTerms.title.asNode(), s.text("title"));
        out.literal(service, DCTerms.description.asNode(), s.text("description"));
        out.iriOrLiteral(service, DCATAP_AVAILABILITY, s.text("availability"), null);
        out.iriOrLiteral(service, DCTerms.license.asNode(), s.text("license"), null);
        statement(service, DCTerms.accessRights.asNode(), s.text("access_rights"), DCTerms.RightsStatement.asNode());
        out.iriOrLabelled(service, DCAT.endpointDescription.asNode(), s.text("endpoint_description"), null);
        out.date(service, DCTerms.modified.asNode(), s.text("modified"));
        out.literal(service, DCTerms.identifier.asNode(), s.text("identifier"));
        s.list("keyword").forEach(k -> out.literal(service, DCAT.keyword.asNode(), k));
        s.list("endpoint_url").forEach(u -> out.link(service, DCAT.endpointURL.asNode(), u));
        s.list("serves_dataset").forEach(u -> out.link(service, DCAT.servesDataset.asNode(), u));
        s.list("conforms_to").forEach(v -> out.iriOrLabelled(service, DCTerms.conformsTo.asNode(), v, DCTerms.Standard.asNode()));
        s.list("format").forEach(v -> out.iriOrLiteral(service, DCTerms.format.asNode(), v, null));
        s.list("language").forEach(v -> out.iriOrLiteral(service, DCTerms.language.asNode(), CkanCodes.language(v), DCTerms.LinguisticSystem.asNode()));
        s.list("rights").forEach(v -> statement(service, DCTerms.rights.asNode(), v, DCTerms.RightsStatement.asNode()));
        s.list("landing_page").forEach(v -> out.link(service, DCAT.landingPage.asNode(), v));
        s.list("applicable_legislation").forEach(v -> out.iriOrLiteral(service, DCATAP_APPLICABLE_LEGISLATION, v, ELI_LEGAL_RESOURCE));
        s.list("theme").forEach(v -> out.iriOrLiteral(service, DCAT.theme.asNode(), v, null));
        s.objects("contact").forEach(c -> agents.contact(service, DCAT.contactPoint.asNode(), c));
        s.objects("publisher").forEach(a -> agents.agent(service, DCTerms.publisher.asNode(), a));
        s.objects("creator").forEach(a -> agents.agent(service, DCTerms.creator.asNode(), a));
    }

    /** A statement: an IRI as given, free text as a node of its class with the text as {@code rdfs:label}. */
    void statement(Node s, Node p, String text, Node type) {
        out.iriOrLabelled(s, p, text, type);
    }
}

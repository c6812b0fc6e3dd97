package fr.hdh.catalog.core.usage;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.ontologies.DPV;
import fr.hdh.catalog.ontologies.HDH;
import fr.hdh.catalog.ontologies.PROV;
import fr.hdh.catalog.ontologies.Usage;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * A project form as the record graph of the usage model, and back. Checks every field as it goes, each
 * problem named by the form's origin and the field; a sponsor not in the catalogue is described in the
 * project's graph as {@code <project#sponsor>}, a foaf:Organization with its name and type.
 */
final class ProjectGraph {
    static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$");

    private ProjectGraph() {}

    /** The record of {@code f}, or empty when a field is wrong (the problems added to {@code errors}). */
    static Optional<CatalogRecord> build(ProjectForm f, UsageRefs refs, RecordSource source, FormErrors errors) {
        String o = f.origin();
        if (Literals.blank(f.id()) || !ID.matcher(f.id()).matches()) {
            errors.add(o, "id", "an id of letters, digits, '.', '_' or '-' (at most 100) is required, got '"
                    + (f.id() == null ? "" : f.id()) + "'");
            return Optional.empty();
        }
        int before = errors.size();
        String iri = refs.iris().project(f.id());
        Node p = NodeFactory.createURI(iri);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(p, RDF.type.asNode(), FOAF.Project.asNode());
        g.add(p, RDF.type.asNode(), Usage.ResearchProject.asNode());
        g.add(p, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(f.id()));
        if (f.title().values().stream().allMatch(Literals::blank)) {
            errors.add(o, "title", "a project needs a title");
        }
        Literals.texts(g, p, DCTerms.title, f.title(), o, "title", errors);
        Literals.texts(g, p, DCTerms.description, f.description(), o, "description", errors);
        Literals.texts(g, p, DPV.hasPurpose, f.purpose(), o, "purpose", errors);
        Literals.texts(g, p, DPV.hasLegalBasis, f.legalBasis(), o, "legalBasis", errors);
        sponsor(f, g, p, o, errors);
        datasets(g, p, HDH.requestedDataset, f.requested(), refs, o, "requestedDatasets", errors);
        datasets(g, p, PROV.used, f.used(), refs, o, "usedDatasets", errors);
        if (!Literals.blank(f.status())) {
            ProjectStatus.byKey(f.status()).ifPresentOrElse(
                    s -> g.add(p, HDH.projectStatus.asNode(), NodeFactory.createURI(s.iri())),
                    () -> errors.add(o, "status", "'" + f.status() + "' is not a status: " + ProjectStatus.keys()));
        }
        date(g, p, DCTerms.dateSubmitted, f.submitted(), o, "dateSubmitted", errors);
        date(g, p, DCTerms.dateAccepted, f.accepted(), o, "dateAccepted", errors);
        date(g, p, HDH.dataDelivered, f.delivered(), o, "dataDelivered", errors);
        date(g, p, PROV.startedAtTime, f.started(), o, "startDate", errors);
        date(g, p, PROV.endedAtTime, f.ended(), o, "endDate", errors);
        if (f.linkage() != null) {
            g.add(p, HDH.involvesLinkage.asNode(), NodeFactory.createLiteralDT(f.linkage().toString(), XSDDatatype.XSDboolean));
        }
        if (f.supportedByHub() != null) {
            g.add(p, HDH.supportedByHub.asNode(), NodeFactory.createLiteralDT(f.supportedByHub().toString(), XSDDatatype.XSDboolean));
        }
        for (int i = 0; i < f.results().size(); i++) {
            String r = f.results().get(i);
            int n = i;
            Literals.link(r).ifPresentOrElse(l -> g.add(p, FOAF.homepage.asNode(), l),
                    () -> errors.add(o, "results[" + n + "]", "'" + r + "' is not an http(s) link"));
        }
        for (String pub : f.publications()) {
            g.add(p, DCTerms.isReferencedBy.asNode(), NodeFactory.createURI(refs.publication(pub)));
        }
        return errors.size() == before ? Optional.of(new CatalogRecord(iri, RecordKind.PROJECT, g, source)) : Optional.empty();
    }

    private static void sponsor(ProjectForm f, Graph g, Node p, String o, FormErrors errors) {
        Optional<SponsorType> type = Optional.empty();
        if (!Literals.blank(f.sponsorType())) {
            type = SponsorType.byKey(f.sponsorType());
            if (type.isEmpty()) {
                errors.add(o, "sponsor.type", "'" + f.sponsorType() + "' is not a sponsor type: " + SponsorType.keys());
            }
        }
        Node org;
        if (!Literals.blank(f.sponsorIri())) {
            if (!UsageRefs.isIri(f.sponsorIri())) {
                errors.add(o, "sponsor.iri", "'" + f.sponsorIri() + "' is not an IRI");
                return;
            }
            org = NodeFactory.createURI(f.sponsorIri().strip());
        } else if (!Literals.blank(f.sponsorName())) {
            org = NodeFactory.createURI(p.getURI() + "#sponsor");
            g.add(org, RDF.type.asNode(), FOAF.Organization.asNode());
            g.add(org, FOAF.name.asNode(), NodeFactory.createLiteralString(f.sponsorName().strip()));
        } else {
            if (type.isPresent()) {
                errors.add(o, "sponsor.name", "a sponsor with a type needs a name (or an iri)");
            }
            return;
        }
        g.add(p, Usage.sponsor.asNode(), org);
        type.ifPresent(t -> g.add(org, HDH.sponsorType.asNode(), NodeFactory.createURI(t.iri())));
    }

    private static void datasets(Graph g, Node p, Property link, List<String> given, UsageRefs refs, String o,
                                 String field, FormErrors errors) {
        for (int i = 0; i < given.size(); i++) {
            String d = refs.dataset(given.get(i));
            if (!refs.isDataset().test(d)) {
                errors.add(o, field + "[" + i + "]", "the catalogue has no dataset " + d);
            } else {
                g.add(p, link.asNode(), NodeFactory.createURI(d));
            }
        }
    }

    private static void date(Graph g, Node p, Property prop, String value, String o, String field, FormErrors errors) {
        if (!Literals.blank(value)) {
            Literals.date(value).ifPresentOrElse(d -> g.add(p, prop.asNode(), d),
                    () -> errors.add(o, field, "'" + value + "' is not a date (YYYY-MM-DD)"));
        }
    }

    /** The form of a stored project (its content, without provenance). */
    static ProjectForm read(String iri, Graph g, UsageRefs refs) {
        Node p = NodeFactory.createURI(iri);
        String sponsorIri = Literals.one(g, p, Usage.sponsor);
        Node org = sponsorIri == null ? null : NodeFactory.createURI(sponsorIri);
        String sponsorName = org == null ? null : Literals.one(g, org, FOAF.name);
        String sponsorType = org == null ? null : Optional.ofNullable(Literals.one(g, org, HDH.sponsorType))
                .flatMap(SponsorType::byIri).map(SponsorType::key).orElse(null);
        String status = Optional.ofNullable(Literals.one(g, p, HDH.projectStatus)).flatMap(ProjectStatus::byIri)
                .map(ProjectStatus::key).orElse(null);
        boolean minted = sponsorIri != null && sponsorIri.equals(iri + "#sponsor");
        return new ProjectForm("", Literals.one(g, p, DCTerms.identifier), Literals.texts(g, p, DCTerms.title),
                Literals.texts(g, p, DCTerms.description), Literals.texts(g, p, DPV.hasPurpose),
                Literals.texts(g, p, DPV.hasLegalBasis), sponsorName, sponsorType, minted ? null : sponsorIri,
                Literals.all(g, p, HDH.requestedDataset), Literals.all(g, p, PROV.used), status,
                Literals.one(g, p, DCTerms.dateSubmitted), Literals.one(g, p, DCTerms.dateAccepted),
                Literals.one(g, p, HDH.dataDelivered), Literals.one(g, p, PROV.startedAtTime),
                Literals.one(g, p, PROV.endedAtTime), Literals.bool(g, p, HDH.involvesLinkage),
                Literals.bool(g, p, HDH.supportedByHub), Literals.all(g, p, FOAF.homepage),
                Literals.all(g, p, DCTerms.isReferencedBy));
    }
}

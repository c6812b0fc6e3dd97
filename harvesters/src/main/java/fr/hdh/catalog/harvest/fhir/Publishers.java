package fr.hdh.catalog.harvest.fhir;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.ontologies.CV;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The Organizations of a harvest, found by the references that name them ({@code Organization/x}, a
 * Bundle {@code fullUrl}, a contained {@code #x}), each turned into one PRODUCER record when a dataset
 * names it as its publisher. HealthDCAT-AP requires a publisher's contact point with a page or an
 * e-mail: the Organization's {@code telecom} (else its contacts' telecoms, where R5 puts them) of
 * system {@code url} or {@code email}; without one, the
 * publisher (and so the dataset) is refused rather than given a made-up contact.
 */
final class Publishers {
    private final FhirIris iris;
    private final RecordSource source;
    private final Map<String, Organization> byReference = new HashMap<>();
    private final Map<String, CatalogRecord> records = new LinkedHashMap<>();

    Publishers(FhirIris iris, RecordSource source, List<FhirItem> items) {
        this.iris = iris;
        this.source = source;
        for (FhirItem item : items) {
            if (item.resource() instanceof Organization org && org.getIdElement().getIdPart() != null) {
                byReference.put("Organization/" + org.getIdElement().getIdPart(), org);
                if (!item.fullUrl().isEmpty()) {
                    byReference.put(item.fullUrl(), org);
                }
            }
        }
    }

    /** The publisher's IRI for {@code reference} made from {@code owner}, its producer record kept for {@link #records()}. */
    Node publisher(DomainResource owner, Reference reference, String element) {
        Organization org = resolve(owner, reference).orElseThrow(() -> new UnmappableResource(
                "no publisher: " + element + " is missing or names no Organization found in the source"));
        String id = org.getIdElement().getIdPart();
        if (id == null) {
            id = reference.getReference().replaceFirst("^#", "");
        }
        String iri = iris.producer(id);
        if (!records.containsKey(iri)) {
            records.put(iri, producer(iri, org));
        }
        return Triples.iri(iri);
    }

    /** The producer records of the publishers named so far. */
    List<CatalogRecord> records() {
        return List.copyOf(records.values());
    }

    private Optional<Organization> resolve(DomainResource owner, Reference reference) {
        if (reference == null || !reference.hasReference()) {
            return Optional.empty();
        }
        String ref = reference.getReference();
        if (ref.startsWith("#")) {
            for (Resource contained : owner.getContained()) {
                if (contained instanceof Organization org && ref.substring(1).equals(org.getIdElement().getIdPart())) {
                    return Optional.of(org);
                }
            }
            return Optional.empty();
        }
        Organization direct = byReference.get(ref);
        if (direct != null) {
            return Optional.of(direct);
        }
        int at = ref.indexOf("Organization/");
        return at > 0 ? Optional.ofNullable(byReference.get(ref.substring(at))) : Optional.empty();
    }

    private CatalogRecord producer(String iri, Organization org) {
        if (!org.hasName()) {
            throw new UnmappableResource("publisher Organization/" + org.getIdElement().getIdPart() + " has no name");
        }
        Node producer = Triples.iri(iri);
        Node contact = Triples.iri(iri + "#contact");
        Triples t = new Triples().type(producer, FOAF.Organization).type(producer, FOAF.Agent)
                .text(producer, FOAF.name, org.getName(), FhirText.language(org))
                .link(producer, CV.contactPoint, contact).type(contact, CV.ContactPoint);
        boolean reachable = false;
        boolean hasPage = false;
        boolean hasEmail = false;
        for (ContactPoint telecom : telecoms(org)) {
            if (telecom.getSystem() == ContactPoint.ContactPointSystem.URL && telecom.hasValue() && !hasPage) {
                hasPage = true;
                t.link(contact, CV.contactPage, Triples.iri(telecom.getValue().strip()));
                t.link(producer, FOAF.homepage, Triples.iri(telecom.getValue().strip()));
                reachable = true;
            } else if (telecom.getSystem() == ContactPoint.ContactPointSystem.EMAIL && telecom.hasValue() && !hasEmail) {
                hasEmail = true;
                t.string(contact, CV.email, telecom.getValue());
                reachable = true;
            }
        }
        if (!reachable) {
            throw new UnmappableResource("publisher Organization/" + org.getIdElement().getIdPart()
                    + " has no telecom of system url or email for its contact point");
        }
        return new CatalogRecord(iri, RecordKind.PRODUCER, t.graph(), source);
    }

    /**
     * The Organization's own {@code telecom}, else those of its {@code contact}s: R5 moved an
     * organisation's telecoms there ({@code Organization.contact.telecom}), and an R5 Organization
     * with nothing else reads as a valid R4 one, so the two places are read alike whatever the release.
     */
    private static List<ContactPoint> telecoms(Organization org) {
        if (org.hasTelecom()) {
            return org.getTelecom();
        }
        return org.getContact().stream().flatMap(c -> c.getTelecom().stream()).toList();
    }
}

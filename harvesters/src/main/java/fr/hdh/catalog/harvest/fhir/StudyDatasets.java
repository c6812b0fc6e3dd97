package fr.hdh.catalog.harvest.fhir;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.AccessProfile;
import fr.hdh.catalog.ontologies.DCATAP;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import fr.hdh.catalog.vocab.eu.EuAuthority;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VCARD4;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactDetail;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.ResearchStudy;

/**
 * {@code ResearchStudy} and {@code Group} resources as DATASET records meeting DCAT-AP 3 and the
 * HealthDCAT-AP RESTRICTED profile. The facts come from the resource; the defaults are listed in the
 * package documentation, and a missing required fact (id, title, description, publisher) refuses the
 * resource with a reason.
 */
final class StudyDatasets {
    /** Where access to the individual-level data behind a study is requested when the source names no URL. */
    static final String HDAB_ACCESS_PAGE = "https://www.health-data-hub.fr/";
    static final String HDAB_ID = "hdh";
    private static final Node HEALTH_CATEGORY = EuAuthority.healthCategory("RQSH");

    private final FhirIris iris;
    private final RecordSource source;
    private final Publishers publishers;

    StudyDatasets(FhirIris iris, RecordSource source, Publishers publishers) {
        this.iris = iris;
        this.source = source;
        this.publishers = publishers;
    }

    CatalogRecord study(FhirItem item, ResearchStudy study) {
        String description = Optional.ofNullable(study.getDescription()).filter(d -> !d.isBlank())
                .or(() -> FhirText.narrative(study))
                .orElseThrow(() -> new UnmappableResource("no description: ResearchStudy.description and the narrative are empty"));
        if (!study.hasTitle()) {
            throw new UnmappableResource("no title: ResearchStudy.title is empty");
        }
        Node publisher = publishers.publisher(study, study.getSponsor(), "ResearchStudy.sponsor");
        String id = requireId(study);
        String iri = iris.dataset("ResearchStudy", id);
        Triples t = base(iri, item, study, id, study.getTitle(), description, publisher);
        Node dataset = Triples.iri(iri);
        String identifier = study.getIdentifier().stream().filter(i -> i.hasValue()).map(i -> i.getValue()).findFirst().orElse("");
        t.string(dataset, DCTerms.identifier, identifier);
        List<CodeableConcept> words = new ArrayList<>(study.getKeyword());
        words.addAll(study.getCondition());
        words.addAll(study.getCategory());
        words.addAll(study.getFocus());
        words.forEach(w -> FhirText.of(w).ifPresent(k -> t.text(dataset, DCAT.keyword, k, FhirText.language(study))));
        period(t, dataset, iri, study.getPeriod());
        contact(t, dataset, iri, study.getContact());
        return new CatalogRecord(iri, RecordKind.DATASET, t.graph(), source);
    }

    CatalogRecord group(FhirItem item, Group group) {
        if (!group.hasName()) {
            throw new UnmappableResource("no title: Group.name is empty");
        }
        Node publisher = publishers.publisher(group, group.getManagingEntity(), "Group.managingEntity");
        String id = requireId(group);
        String iri = iris.dataset("Group", id);
        String description = FhirText.narrative(group).orElseGet(() -> describe(group));
        Triples t = base(iri, item, group, id, group.getName(), description, publisher);
        Node dataset = Triples.iri(iri);
        if (group.getActual() && group.getType() == Group.GroupType.PERSON && group.hasQuantity()) {
            t.typed(dataset, HealthDCATAP.numberOfUniqueIndividuals, Integer.toString(group.getQuantity()),
                    XSDDatatype.XSDnonNegativeInteger);
        }
        FhirText.of(group.getCode()).ifPresent(k -> t.text(dataset, DCAT.keyword, k, FhirText.language(group)));
        return new CatalogRecord(iri, RecordKind.DATASET, t.graph(), source);
    }

    /** The facts of a Group without narrative, in words: what it is, how many, which characteristics. */
    private static String describe(Group group) {
        StringBuilder b = new StringBuilder(group.getActual() ? "An actual group" : "A definitional group");
        if (group.hasQuantity()) {
            b.append(" of ").append(group.getQuantity());
        }
        if (group.hasType()) {
            b.append(" ").append(group.getType().getDisplay().toLowerCase(java.util.Locale.ROOT));
        }
        List<String> traits = new ArrayList<>();
        for (Group.GroupCharacteristicComponent c : group.getCharacteristic()) {
            String value = c.getValue() instanceof CodeableConcept cc ? FhirText.of(cc).orElse("")
                    : c.getValue() == null ? "" : c.getValue().primitiveValue() == null ? c.getValue().fhirType() : c.getValue().primitiveValue();
            traits.add((c.getExclude() ? "not " : "") + FhirText.of(c.getCode()).orElse("?") + (value.isEmpty() ? "" : ": " + value));
        }
        if (!traits.isEmpty()) {
            b.append("; characteristics: ").append(String.join("; ", traits));
        }
        return b.append(" (described from the FHIR Group's elements)").toString();
    }

    private Triples base(String iri, FhirItem item, DomainResource r, String id, String title, String description, Node publisher) {
        Node dataset = Triples.iri(iri);
        String lang = FhirText.language(r);
        Triples t = new Triples().type(dataset, DCAT.Dataset)
                .string(dataset, DCTerms.identifier, id)
                .text(dataset, DCTerms.title, title, lang)
                .text(dataset, DCTerms.description, description, lang)
                .link(dataset, DCTerms.publisher, publisher)
                .link(dataset, DCTerms.accessRights, AccessProfile.RESTRICTED.accessRight())
                .link(dataset, DCATAP.applicableLegislation, EuAuthority.EHDS_REGULATION)
                .link(dataset, HealthDCATAP.hdab, Triples.iri(iris.catalog().producer(HDAB_ID)))
                .link(dataset, DCAT.theme, EuAuthority.DATA_THEME_HEALTH)
                .link(dataset, HealthDCATAP.healthCategory, HEALTH_CATEGORY)
                .typed(dataset, HealthDCATAP.hasStructuredData, "false", XSDDatatype.XSDboolean);
        Node distribution = Triples.iri(iri + "/distribution/access");
        boolean located = item.fullUrl().startsWith("http://") || item.fullUrl().startsWith("https://");
        t.link(dataset, DCAT.distribution, distribution).type(distribution, DCAT.Distribution)
                .text(distribution, DCTerms.title, "Access on request: " + title, "en")
                .link(distribution, DCAT.accessURL, Triples.iri(located ? item.fullUrl() : HDAB_ACCESS_PAGE))
                .link(distribution, DCATAP.applicableLegislation, EuAuthority.EHDS_REGULATION);
        return t;
    }

    private static void period(Triples t, Node dataset, String iri, Period period) {
        if (period == null || (!period.hasStart() && !period.hasEnd())) {
            return;
        }
        Node node = Triples.iri(iri + "#period");
        t.link(dataset, DCTerms.temporal, node).type(node, DCTerms.PeriodOfTime);
        if (period.hasStart()) {
            t.typed(node, DCAT.startDate, day(period.getStartElement().getValueAsString()), XSDDatatype.XSDdate);
        }
        if (period.hasEnd()) {
            t.typed(node, DCAT.endDate, day(period.getEndElement().getValueAsString()), XSDDatatype.XSDdate);
        }
    }

    /** A FHIR dateTime cut to its day; a year or month alone is given its first day. */
    private static String day(String value) {
        String v = value.length() >= 10 ? value.substring(0, 10) : value;
        return v.length() == 4 ? v + "-01-01" : v.length() == 7 ? v + "-01" : v;
    }

    private static void contact(Triples t, Node dataset, String iri, List<ContactDetail> contacts) {
        for (ContactDetail detail : contacts) {
            for (ContactPoint telecom : detail.getTelecom()) {
                if (!telecom.hasValue()) {
                    continue;
                }
                Node kind = Triples.iri(iri + "#contact");
                if (telecom.getSystem() == ContactPoint.ContactPointSystem.EMAIL) {
                    t.link(dataset, DCAT.contactPoint, kind).type(kind, VCARD4.Kind)
                            .link(kind, VCARD4.hasEmail, Triples.iri("mailto:" + telecom.getValue().strip()))
                            .text(kind, VCARD4.fn, detail.getName(), "");
                    return;
                }
                if (telecom.getSystem() == ContactPoint.ContactPointSystem.URL) {
                    t.link(dataset, DCAT.contactPoint, kind).type(kind, VCARD4.Kind)
                            .link(kind, VCARD4.hasURL, Triples.iri(telecom.getValue().strip()))
                            .text(kind, VCARD4.fn, detail.getName(), "");
                    return;
                }
            }
        }
    }

    private static String requireId(DomainResource r) {
        String id = r.getIdElement().getIdPart();
        if (id == null || id.isBlank()) {
            throw new UnmappableResource("no id: the resource has no logical id to name its dataset");
        }
        return id;
    }
}

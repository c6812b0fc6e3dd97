package fr.hdh.catalog.harvest.fhir;

import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.hl7.fhir.r4.model.ResearchStudy.ResearchStudyStatus;

/**
 * An R5 {@code ResearchStudy} read as the R4 one the mapping knows. HL7's version convertor refuses
 * ResearchStudy between R4 and R5 (R5 reworked it), so the elements the catalogue reads are carried
 * over here, each to the R4 element that holds the same fact:
 * <ul>
 *   <li>{@code associatedParty} whose role is {@code sponsor} or {@code lead-sponsor} → {@code sponsor};</li>
 *   <li>{@code classifier} → {@code category}; {@code focus.concept} → {@code focus};</li>
 *   <li>{@code recruitment.eligibility} → {@code enrollment};</li>
 *   <li>{@code status} (a publication status in R5): active → active, retired → completed, draft → in-review;</li>
 *   <li>id, language, narrative, identifiers, title, description, condition, keyword, period as they are.</li>
 * </ul>
 * What R5 has and R4 has not (labels, objectives, results…) is not read, as it is not in R4 either.
 */
final class R5ResearchStudies {
    private static final Set<String> SPONSOR_ROLES = Set.of("sponsor", "lead-sponsor");

    private R5ResearchStudies() {}

    static ResearchStudy toR4(org.hl7.fhir.r5.model.ResearchStudy r5) {
        ResearchStudy r4 = new ResearchStudy();
        r4.setId(r5.getIdElement().getIdPart());
        if (r5.hasLanguage()) {
            r4.setLanguage(r5.getLanguage());
        }
        if (r5.hasText() && r5.getText().hasDiv()) {
            r4.setText(new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED).setDiv(r5.getText().getDiv()));
        }
        r5.getIdentifier().forEach(i -> r4.addIdentifier(new Identifier().setSystem(i.getSystem()).setValue(i.getValue())));
        r4.setTitle(r5.getTitle());
        r4.setDescription(r5.getDescription());
        r4.setStatus(status(r5.getStatus()));
        r5.getClassifier().forEach(c -> r4.addCategory(concept(c)));
        r5.getFocus().stream().filter(f -> f.hasConcept()).forEach(f -> r4.addFocus(concept(f.getConcept())));
        r5.getCondition().forEach(c -> r4.addCondition(concept(c)));
        r5.getKeyword().forEach(c -> r4.addKeyword(concept(c)));
        if (r5.hasPeriod()) {
            r4.setPeriod(new Period()
                    .setStartElement(r5.getPeriod().hasStart() ? new DateTimeType(r5.getPeriod().getStartElement().getValueAsString()) : null)
                    .setEndElement(r5.getPeriod().hasEnd() ? new DateTimeType(r5.getPeriod().getEndElement().getValueAsString()) : null));
        }
        r5.getAssociatedParty().stream()
                .filter(p -> p.hasParty() && p.getRole().getCoding().stream().anyMatch(c -> SPONSOR_ROLES.contains(c.getCode())))
                .findFirst()
                .ifPresent(p -> r4.setSponsor(reference(p.getParty())));
        if (r5.hasRecruitment() && r5.getRecruitment().hasEligibility()) {
            r4.addEnrollment(reference(r5.getRecruitment().getEligibility()));
        }
        return r4;
    }

    private static ResearchStudyStatus status(org.hl7.fhir.r5.model.Enumerations.PublicationStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case ACTIVE -> ResearchStudyStatus.ACTIVE;
            case RETIRED -> ResearchStudyStatus.COMPLETED;
            case DRAFT -> ResearchStudyStatus.INREVIEW;
            default -> null;
        };
    }

    private static CodeableConcept concept(org.hl7.fhir.r5.model.CodeableConcept r5) {
        CodeableConcept r4 = new CodeableConcept().setText(r5.getText());
        r5.getCoding().forEach(c -> r4.addCoding(new Coding(c.getSystem(), c.getCode(), c.getDisplay())));
        return r4;
    }

    private static Reference reference(org.hl7.fhir.r5.model.Reference r5) {
        return new Reference(r5.getReference()).setDisplay(r5.getDisplay());
    }
}

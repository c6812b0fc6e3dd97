package fr.hdh.catalog.harvest.fhir;

import java.time.Instant;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptPropertyComponent;

/**
 * Whether a concept of a CodeSystem is no longer to be used, by the markers FHIR defines for concepts
 * (http://hl7.org/fhir/concept-properties: {@code inactive} true, {@code status} retired or deprecated, a
 * {@code deprecated} date that has passed) and by the end-of-validity date the French ANS terminologies (NOS) give
 * every concept they have ended ({@code dateFin}). Such a concept is kept, marked {@code owl:deprecated}: data
 * coded before still uses it.
 */
final class RetiredConcepts {
    private static final Set<String> RETIRED_STATUSES = Set.of("retired", "deprecated");
    /** The properties whose date, once passed, ends a concept: FHIR's, then the ANS's. */
    private static final Set<String> END_DATES = Set.of("deprecated", "dateFin");

    private RetiredConcepts() {}

    static boolean retired(ConceptDefinitionComponent concept, Instant now) {
        for (ConceptPropertyComponent p : concept.getProperty()) {
            String code = p.getCode() == null ? "" : p.getCode();
            if (code.equals("inactive") && p.hasValueBooleanType() && p.getValueBooleanType().booleanValue()) {
                return true;
            }
            if (code.equals("status") && (p.hasValueCodeType() || p.hasValueStringType())
                    && RETIRED_STATUSES.contains(p.getValue().primitiveValue().strip().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            if (END_DATES.contains(code) && p.hasValueDateTimeType() && p.getValueDateTimeType().getValue() != null
                    && !p.getValueDateTimeType().getValue().toInstant().isAfter(now)) {
                return true;
            }
        }
        return false;
    }
}

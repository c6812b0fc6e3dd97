package fr.hdh.catalog.harvest.fhir;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;

/** Plain text out of FHIR values: a CodeableConcept's words, a resource's narrative. */
final class FhirText {
    private FhirText() {}

    /** The concept's text, else its first coding's display, else its first code. */
    static Optional<String> of(CodeableConcept concept) {
        if (concept == null) {
            return Optional.empty();
        }
        if (concept.hasText()) {
            return Optional.of(concept.getText());
        }
        for (Coding coding : concept.getCoding()) {
            if (coding.hasDisplay()) {
                return Optional.of(coding.getDisplay());
            }
        }
        return concept.getCoding().stream().filter(Coding::hasCode).map(Coding::getCode).findFirst();
    }

    /** The human-readable narrative ({@code text.div}) without its XHTML tags, when there is one. */
    static Optional<String> narrative(DomainResource resource) {
        if (!resource.hasText() || !resource.getText().hasDiv()) {
            return Optional.empty();
        }
        String text = resource.getText().getDivAsString()
                .replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The resource's declared language ({@code fr}, {@code en-GB} → {@code en-gb}), or empty. */
    static String language(DomainResource resource) {
        return resource.hasLanguage() ? resource.getLanguage().toLowerCase(java.util.Locale.ROOT) : "";
    }
}

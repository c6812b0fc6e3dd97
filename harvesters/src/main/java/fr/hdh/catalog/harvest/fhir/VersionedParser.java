package fr.hdh.catalog.harvest.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParserErrorHandler.IParseLocation;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import org.hl7.fhir.convertors.factory.VersionConvertorFactory_40_50;
import org.hl7.fhir.exceptions.FHIRException;
import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;

/**
 * Parses one FHIR resource, R4 or R5, into the R4 model the mappings read. A resource says nothing of
 * its release, so it is read as R4 first; when R4's parser finds elements it does not know, a value
 * it refuses or a JSON shape it does not expect (R5 renamed and reshaped elements:
 * {@code ResearchStudy.associatedParty}, {@code Group.membership}, {@code ConceptMap.group.element.target.relationship}…)
 * and R5's parser reads the same text cleanly, the resource is R5 and is converted with HL7's
 * {@code VersionConvertorFactory_40_50} (ResearchStudy, which that convertor refuses, by
 * {@link R5ResearchStudies}). A resource clean in neither is read as R4 leniently, as before.
 */
final class VersionedParser {
    /** A resource read, and the release it was written in. */
    record Parsed(Resource resource, FhirVersion version) {}

    private VersionedParser() {}

    /**
     * @throws DataFormatException when the text is not a FHIR resource of either release (R4's message)
     * @throws FHIRException when an R5 resource cannot be converted
     */
    static Parsed parse(String text, boolean xml) {
        Unknowns r4 = new Unknowns();
        Resource asR4;
        try {
            asR4 = (Resource) FhirContexts.parser(FhirVersion.R4, xml, r4).parseResource(text);
        } catch (DataFormatException refused) {
            return asR5(text, xml).orElseThrow(() -> refused);
        }
        if (r4.count == 0) {
            return new Parsed(asR4, FhirVersion.R4);
        }
        return asR5(text, xml).orElse(new Parsed(asR4, FhirVersion.R4));
    }

    private static Optional<Parsed> asR5(String text, boolean xml) {
        Unknowns r5 = new Unknowns();
        org.hl7.fhir.r5.model.Resource resource;
        try {
            resource = (org.hl7.fhir.r5.model.Resource) FhirContexts.parser(FhirVersion.R5, xml, r5).parseResource(text);
        } catch (DataFormatException | ClassCastException notR5) {
            return Optional.empty();
        }
        if (r5.count > 0) {
            return Optional.empty();
        }
        Resource asR4 = resource instanceof org.hl7.fhir.r5.model.ResearchStudy study
                ? R5ResearchStudies.toR4(study)
                : VersionConvertorFactory_40_50.convertResource(resource);
        return Optional.of(new Parsed(asR4, FhirVersion.R5));
    }

    /** Lenient about what a release does not know, but counts it; refuses invalid values. */
    private static final class Unknowns extends LenientErrorHandler {
        int count;

        Unknowns() {
            super(false);
            setErrorOnInvalidValue(true);
        }

        @Override
        public void unknownElement(IParseLocation location, String name) {
            count++;
        }

        @Override
        public void unknownAttribute(IParseLocation location, String name) {
            count++;
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String name, BaseJsonLikeValue.ValueType expected,
                                      BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                                      BaseJsonLikeValue.ScalarType foundScalar) {
            count++;
        }
    }
}

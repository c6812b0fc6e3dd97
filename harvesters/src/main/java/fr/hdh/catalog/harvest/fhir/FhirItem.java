package fr.hdh.catalog.harvest.fhir;

import org.hl7.fhir.r4.model.Resource;

/**
 * One FHIR resource read from a document.
 *
 * @param label how reports name it ({@code ResearchStudy/abc}, or its place in the document)
 * @param resource the parsed resource
 * @param fullUrl the Bundle entry's {@code fullUrl}, or empty
 */
record FhirItem(String label, Resource resource, String fullUrl) {
    static String labelOf(Resource resource, String fallback) {
        String id = resource.getIdElement().getIdPart();
        return resource.fhirType() + "/" + (id == null ? fallback : id);
    }
}

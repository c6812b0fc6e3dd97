package fr.hdh.catalog.harvest.fhir;

import fr.hdh.catalog.core.CatalogIris;
import java.util.Locale;

/**
 * The catalogue IRIs of what FHIR resources become.
 *
 * <ul>
 * <li>Datasets and producers are local to the source: {@code dataset/<source>-<type>-<id>},
 * {@code producer/<source>-<id>}.</li>
 * <li>Terminology is global, keyed by canonical URL, so a ConceptMap, a ValueSet and a Questionnaire
 * from any source name the same concepts: the code system {@code http://hl7.org/fhir/administrative-gender}
 * is {@code vocabulary/fhir/hl7.org-fhir-administrative-gender} and its code {@code male} the concept
 * {@code …/male}. Value sets are under {@code vocabulary/fhir-valueset/}, concept maps under
 * {@code vocabulary/fhir-conceptmap/}, logical models and questionnaires under
 * {@code standard/fhir-…}.</li>
 * </ul>
 */
final class FhirIris {
    private final CatalogIris iris;
    private final String sourceId;

    FhirIris(CatalogIris iris, String sourceId) {
        this.iris = iris;
        this.sourceId = sourceId;
    }

    CatalogIris catalog() {
        return iris;
    }

    String dataset(String fhirType, String id) {
        return iris.dataset(sourceId + "-" + fhirType.toLowerCase(Locale.ROOT) + "-" + id);
    }

    String producer(String organizationId) {
        return iris.producer(sourceId + "-" + organizationId);
    }

    String codeSystem(String canonical) {
        return iris.vocabulary("fhir", key(canonical));
    }

    String concept(String system, String code) {
        return iris.concept(codeSystem(system), code);
    }

    String valueSet(String canonical) {
        return iris.vocabulary("fhir-valueset", key(canonical));
    }

    String standardId(String canonical) {
        return "fhir-" + key(canonical);
    }

    /** A canonical URL (or a local id) without its scheme, every other character outside {@code [A-Za-z0-9._-]} a dash. */
    static String key(String canonical) {
        String s = canonical.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceFirst("\\|.*$", "");
        s = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 150 ? s.substring(0, 150) : s;
    }

    /** The canonical URL of a resource, or {@code <source>/<id>} when it has none. */
    String canonicalOr(String url, String id) {
        return url != null && !url.isBlank() ? url : sourceId + "/" + id;
    }
}

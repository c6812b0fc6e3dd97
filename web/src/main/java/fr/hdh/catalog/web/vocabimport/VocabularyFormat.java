package fr.hdh.catalog.web.vocabimport;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/** The file formats a vocabulary is loaded from, each with its media type and the file endings that say it. */
public enum VocabularyFormat {
    FHIR_JSON("application/fhir+json", null, ".json"),
    FHIR_XML("application/fhir+xml", null, ".xml"),
    CSV("text/csv", null, ".csv"),
    TURTLE("text/turtle", Lang.TURTLE, ".ttl"),
    RDF_XML("application/rdf+xml", Lang.RDFXML, ".rdf", ".owl"),
    JSON_LD("application/ld+json", Lang.JSONLD, ".jsonld");

    private final String mediaType;
    private final Lang rdf;
    private final List<String> endings;

    VocabularyFormat(String mediaType, Lang rdf, String... endings) {
        this.mediaType = mediaType;
        this.rdf = rdf;
        this.endings = List.of(endings);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The RDF syntax of a SKOS format; empty for FHIR and CSV. */
    Optional<Lang> rdf() {
        return Optional.ofNullable(rdf);
    }

    /** The format a {@code Content-Type} names (parameters such as charset ignored). */
    public static Optional<VocabularyFormat> ofMediaType(MediaType type) {
        for (VocabularyFormat f : values()) {
            if (MediaType.valueOf(f.mediaType).isCompatible(type) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a file's ending says: {@code .json} is FHIR JSON, {@code .jsonld} JSON-LD, {@code .xml} FHIR XML. */
    public static Optional<VocabularyFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (VocabularyFormat f : values()) {
            if (f.endings.stream().anyMatch(lower::endsWith)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Every media type, for messages. */
    public static String mediaTypes() {
        return String.join(", ", java.util.Arrays.stream(values()).map(VocabularyFormat::mediaType).toList());
    }
}

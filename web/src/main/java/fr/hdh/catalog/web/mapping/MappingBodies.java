package fr.hdh.catalog.web.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.harvest.fhir.ConceptMapSets;
import fr.hdh.catalog.vocab.mapping.MappingSet;
import fr.hdh.catalog.vocab.mapping.SssomTrees;
import fr.hdh.catalog.vocab.mapping.SssomTsvReader;
import fr.hdh.catalog.vocab.mapping.SssomTsvWriter;
import fr.hdh.catalog.web.api.Problems;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The three ways a mapping set travels over HTTP, read and written: SSSOM TSV
 * ({@value #TSV}), SSSOM JSON ({@code application/json}) and a FHIR R4 ConceptMap ({@value #FHIR_JSON},
 * {@value #FHIR_XML}).
 */
final class MappingBodies {
    static final String TSV = "text/tab-separated-values";
    static final String FHIR_JSON = "application/fhir+json";
    static final String FHIR_XML = "application/fhir+xml";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MappingBodies() {}

    /**
     * The set a body of type {@code contentType} holds.
     *
     * @throws MalformedInputException when it is malformed (400, naming the line and column)
     */
    static MappingSet read(String body, String contentType) {
        MediaType type = parse(contentType);
        if (type.isCompatible(MediaType.valueOf(TSV))) {
            return SssomTsvReader.read("the SSSOM TSV body", body);
        }
        if (type.isCompatible(MediaType.valueOf(FHIR_JSON))) {
            return ConceptMapSets.fromJson(body, "the ConceptMap body");
        }
        if (type.isCompatible(MediaType.valueOf(FHIR_XML))) {
            return ConceptMapSets.fromXml(body, "the ConceptMap body");
        }
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            try {
                return SssomTrees.read(JSON.readValue(body, new TypeReference<Map<String, Object>>() {}), "the SSSOM JSON body");
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
                throw new MalformedInputException("the SSSOM JSON body", line, "not a JSON object: " + e.getOriginalMessage(), e);
            }
        }
        throw Problems.exception(Response.Status.UNSUPPORTED_MEDIA_TYPE, "A mapping set is posted as " + TSV
                + " (SSSOM TSV), application/json (SSSOM JSON), " + FHIR_JSON + " or " + FHIR_XML + " (a FHIR R4 ConceptMap), not "
                + contentType);
    }

    static String tsv(MappingSet set) {
        return SssomTsvWriter.write(set);
    }

    static String json(MappingSet set) {
        try {
            return JSON.writeValueAsString(SssomTrees.tree(set));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A mapping set tree is always JSON", e);
        }
    }

    static String conceptMap(MappingSet set) {
        return ConceptMapSets.toJson(set);
    }

    static String conceptMapXml(MappingSet set) {
        return ConceptMapSets.toXml(set);
    }

    private static MediaType parse(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw Problems.exception(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Say what the body is with Content-Type: "
                    + TSV + ", application/json, " + FHIR_JSON + " or " + FHIR_XML);
        }
        try {
            return MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw Problems.exception(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Content-Type is not a media type: " + contentType);
        }
    }
}

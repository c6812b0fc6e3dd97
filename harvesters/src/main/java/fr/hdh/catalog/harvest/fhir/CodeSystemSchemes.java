package fr.hdh.catalog.harvest.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.LenientErrorHandler;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.vocab.scheme.SchemeGraph;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionDesignationComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptPropertyComponent;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * A FHIR R4 {@code CodeSystem}, JSON or XML, as a SKOS concept scheme (HAPI's R4 structures stay here).
 *
 * <p>The scheme: {@code dct:title} and {@code skos:prefLabel} (the title, else the name),
 * {@code dct:identifier} and {@code dct:source} (the canonical {@code url}), {@code dct:description},
 * {@code dct:publisher}, {@code owl:versionInfo} (the {@code version}), {@code owl:deprecated} when
 * {@code retired}. Each concept: {@code skos:notation} (the code), {@code skos:prefLabel} (the display),
 * {@code skos:definition}; each designation a {@code skos:prefLabel} in its language when the concept has
 * none there yet and the designation is not a synonym (SNOMED CT use {@code 900000000000013009}), else a
 * {@code skos:altLabel}. Languages are the primary subtag, lower case ({@code fr-FR} → {@code fr}): the
 * resource's {@code language}, else {@code defaultLanguage}, else none. The hierarchy comes from nested
 * {@code concept.concept}, from the properties {@code parent} and {@code subsumedBy} (or any property
 * declared with the URI {@code http://hl7.org/fhir/concept-properties#parent}) and from {@code child}.
 *
 * <p>Refused, naming the FHIR path: a resource other than a CodeSystem, {@code content} {@code not-present}
 * or {@code supplement} (no concepts of its own to load), no concept, a concept without code, a code
 * given twice. A {@code parent} or {@code child} property naming a code the code system does not define
 * (published files have them: a child announced and never defined, a misspelt code) leaves that link out,
 * and the scheme's notes say which, with the FHIR path. A {@code fragment} or {@code example} is
 * loaded with a {@code skos:editorialNote} saying that it is partial. XML with a document type declaration
 * is refused before HAPI reads it (no external entity can be declared, let alone resolved).
 *
 * <pre>
 * SchemeGraph scheme = CodeSystemSchemes.read(bytes, false, "cs.json", iris, Optional.empty(), Optional.of("en"));
 * </pre>
 */
public final class CodeSystemSchemes {
    private static final Pattern JSON_PLACE = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Pattern XML_PLACE = Pattern.compile("\\[row,col[^\\]]*\\]: ?\\[(\\d+),(\\d+)\\]");

    private CodeSystemSchemes() {}

    /**
     * The scheme {@code body} describes.
     *
     * @param xml true for FHIR XML, false for FHIR JSON
     * @param schemeIri the scheme's IRI; when empty, the catalogue's IRI for the canonical URL (as the FHIR harvester names it)
     * @param defaultLanguage the language of the displays when the resource declares none
     * @throws MalformedInputException naming {@code source} and the line and column, or the FHIR path
     */
    public static SchemeGraph read(byte[] body, boolean xml, String source, CatalogIris iris, Optional<String> schemeIri,
                                   Optional<String> defaultLanguage) {
        String text = utf8(body, source);
        if (xml) {
            SecureXml.check(body, source);
        }
        IBaseResource resource;
        try {
            resource = FhirContexts.parser(FhirVersion.R4, xml, strictValues()).parseResource(text);
        } catch (DataFormatException e) {
            throw malformed(source, "not a FHIR R4 resource: " + e.getMessage(), e);
        }
        if (!(resource instanceof CodeSystem cs)) {
            throw new MalformedInputException(source, -1, "resourceType: " + resource.fhirType()
                    + ", where a CodeSystem is expected", null);
        }
        return new CodeSystemGraph(cs, source, iris, schemeIri, language(cs, defaultLanguage)).build();
    }

    private static String language(CodeSystem cs, Optional<String> defaultLanguage) {
        return cs.hasLanguage() ? primary(cs.getLanguage()) : defaultLanguage.map(CodeSystemSchemes::primary).orElse("");
    }

    static String primary(String tag) {
        String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        int dash = t.indexOf('-');
        return dash > 0 ? t.substring(0, dash) : t;
    }

    private static LenientErrorHandler strictValues() {
        LenientErrorHandler errors = new LenientErrorHandler(false);
        errors.setErrorOnInvalidValue(true);
        return errors;
    }

    private static String utf8(byte[] body, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedInputException(source, -1, "not UTF-8 text", e);
        }
    }

    private static MalformedInputException malformed(String source, String problem, Exception cause) {
        for (Pattern p : List.of(JSON_PLACE, XML_PLACE)) {
            Matcher m = p.matcher(problem);
            if (m.find()) {
                return new MalformedInputException(source, Long.parseLong(m.group(1)), "column " + m.group(2) + ": "
                        + problem, cause);
            }
        }
        return new MalformedInputException(source, -1, problem, cause);
    }

    /** How one concept's properties place it in the hierarchy. */
    enum Link {
        PARENT, CHILD, NONE;

        static Map<String, Link> declared(CodeSystem cs) {
            Map<String, Link> links = new LinkedHashMap<>();
            links.put("parent", PARENT);
            links.put("subsumedBy", PARENT);
            links.put("child", CHILD);
            for (CodeSystem.PropertyComponent p : cs.getProperty()) {
                String uri = p.getUri() == null ? "" : p.getUri();
                if (uri.endsWith("concept-properties#parent")) {
                    links.put(p.getCode(), PARENT);
                } else if (uri.endsWith("concept-properties#child")) {
                    links.put(p.getCode(), CHILD);
                }
            }
            return links;
        }

        static Optional<String> code(ConceptPropertyComponent p) {
            if (p.hasValueCodeType()) {
                return Optional.ofNullable(p.getValueCodeType().getValue());
            }
            if (p.hasValueCoding()) {
                return Optional.ofNullable(p.getValueCoding().getCode());
            }
            return Optional.empty();
        }
    }

    static boolean isSynonym(ConceptDefinitionDesignationComponent d) {
        return d.hasUse() && "900000000000013009".equals(d.getUse().getCode());
    }

    static boolean partial(CodeSystemContentMode mode) {
        return mode == CodeSystemContentMode.FRAGMENT || mode == CodeSystemContentMode.EXAMPLE;
    }

    static boolean retired(CodeSystem cs) {
        return cs.getStatus() == PublicationStatus.RETIRED;
    }

    static List<ConceptDefinitionComponent> concepts(CodeSystem cs) {
        return cs.getConcept();
    }
}

package fr.hdh.catalog.harvest.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.harvest.fhir.FhirDocument.Rejected;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.Resource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Splits one FHIR document (JSON or XML, a single resource or a Bundle; or ndjson, one resource a line)
 * into resources, parsing each on its own with HAPI so that one bad entry is rejected with the parser's
 * message and the others are kept. A document that is not FHIR at all (not JSON, ndjson or XML; JSON
 * without {@code resourceType}; XML outside the FHIR namespace; XML declaring a DTD) is a
 * {@link MalformedInputException} naming it.
 */
final class FhirDocumentReader {
    static final String FHIR_NS = "http://hl7.org/fhir";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    FhirDocument read(String name, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (text.startsWith("<")) {
            return xml(name, bytes);
        }
        if (!text.startsWith("{")) {
            throw new MalformedInputException(name, -1, "not FHIR: neither JSON, ndjson nor XML", null);
        }
        try {
            return json(name, JSON.readTree(text));
        } catch (JsonProcessingException whole) {
            if (name.endsWith(".ndjson") || text.indexOf('\n') > 0 && firstLineIsJson(text)) {
                return ndjson(name, text);
            }
            throw new MalformedInputException(name, whole.getLocation() == null ? -1 : whole.getLocation().getLineNr(),
                    "not FHIR: malformed JSON: " + whole.getOriginalMessage(), whole);
        }
    }

    private FhirDocument json(String name, JsonNode root) {
        if (!root.isObject() || !root.path("resourceType").isTextual()) {
            throw new MalformedInputException(name, -1, "not FHIR: JSON without a resourceType", null);
        }
        List<FhirItem> items = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        if (!"Bundle".equals(root.get("resourceType").asText())) {
            parseJson(root.toString(), "", name, items, rejected);
            return new FhirDocument(items, rejected, Optional.empty());
        }
        int n = 0;
        for (JsonNode entry : root.path("entry")) {
            n++;
            String where = "entry " + n + " of " + name;
            if (!entry.path("resource").isObject()) {
                rejected.add(new Rejected(where, "a Bundle entry without a resource"));
                continue;
            }
            parseJson(entry.get("resource").toString(), entry.path("fullUrl").asText(""), where, items, rejected);
        }
        Optional<String> next = Optional.empty();
        for (JsonNode link : root.path("link")) {
            if ("next".equals(link.path("relation").asText()) && link.path("url").isTextual()) {
                next = Optional.of(link.get("url").asText());
            }
        }
        return new FhirDocument(items, rejected, next);
    }

    private FhirDocument ndjson(String name, String text) {
        List<FhirItem> items = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                parseJson(lines[i], "", "line " + (i + 1) + " of " + name, items, rejected);
            }
        }
        return new FhirDocument(items, rejected, Optional.empty());
    }

    private static void parseJson(String json, String fullUrl, String where, List<FhirItem> items, List<Rejected> rejected) {
        parse(json, false, fullUrl, where, items, rejected);
    }

    private FhirDocument xml(String name, byte[] bytes) {
        Document doc;
        try {
            doc = SecureXml.parse(bytes);
        } catch (SAXException | IOException e) {
            throw new MalformedInputException(name, -1, "not FHIR: XML refused: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!FHIR_NS.equals(root.getNamespaceURI())) {
            throw new MalformedInputException(name, -1,
                    "not FHIR: the XML root <" + root.getTagName() + "> is not in the FHIR namespace " + FHIR_NS, null);
        }
        List<FhirItem> items = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        if (!"Bundle".equals(root.getLocalName())) {
            parse(SecureXml.serialize(root), true, "", name, items, rejected);
            return new FhirDocument(items, rejected, Optional.empty());
        }
        int n = 0;
        Optional<String> next = Optional.empty();
        for (Element child : children(root)) {
            if ("entry".equals(child.getLocalName())) {
                n++;
                String where = "entry " + n + " of " + name;
                Optional<Element> resource = child(child, "resource").flatMap(r -> children(r).stream().findFirst());
                if (resource.isEmpty()) {
                    rejected.add(new Rejected(where, "a Bundle entry without a resource"));
                    continue;
                }
                String fullUrl = child(child, "fullUrl").map(e -> e.getAttribute("value")).orElse("");
                parse(SecureXml.serialize(resource.get()), true, fullUrl, where, items, rejected);
            } else if ("link".equals(child.getLocalName()) && child(child, "relation")
                    .filter(r -> "next".equals(r.getAttribute("value"))).isPresent()) {
                next = child(child, "url").map(e -> e.getAttribute("value"));
            }
        }
        return new FhirDocument(items, rejected, next);
    }

    private static void parse(String text, boolean xml, String fullUrl, String where,
                              List<FhirItem> items, List<Rejected> rejected) {
        try {
            Resource resource = VersionedParser.parse(text, xml).resource();
            items.add(new FhirItem(FhirItem.labelOf(resource, where), resource, fullUrl));
        } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
            rejected.add(new Rejected(where, "not a FHIR R4 or R5 resource: " + e.getMessage()));
        } catch (FHIRException e) {
            rejected.add(new Rejected(where, "an R5 resource that cannot be read as R4: " + e.getMessage()));
        }
    }

    private static boolean firstLineIsJson(String text) {
        try {
            return JSON.readTree(text.substring(0, text.indexOf('\n'))).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static Optional<Element> child(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).findFirst();
    }
}

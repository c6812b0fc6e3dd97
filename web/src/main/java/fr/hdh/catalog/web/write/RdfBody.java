package fr.hdh.catalog.web.write;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.io.FailFast;
import fr.hdh.catalog.core.io.JsonLdContexts;
import fr.hdh.catalog.core.io.RecordSplitter;
import fr.hdh.catalog.web.api.Problems;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A dataset record sent in a request body: Turtle, JSON-LD, RDF/XML or N-Triples by {@code Content-Type},
 * parsed whole before anything is written. Refused with a 400 naming the problem: another media type
 * (415), Turtle, N-Triples or JSON-LD that is not UTF-8 (with its line), a syntax error (with its line),
 * an RDF/XML document type declaration in whatever encoding (no DTD, so no external entity nor entity
 * expansion), nesting too deep for the parsers, a JSON-LD remote context (never fetched), or a body that
 * does not describe exactly one dataset. Catalogue-record and provenance statements the client sent are
 * dropped (the splitter keeps none): the server writes its own.
 */
final class RdfBody {
    private static final Map<String, Lang> TYPES = Map.of(
            "text/turtle", Lang.TURTLE,
            "application/x-turtle", Lang.TURTLE,
            "application/ld+json", Lang.JSONLD,
            "application/rdf+xml", Lang.RDFXML,
            "application/n-triples", Lang.NTRIPLES);
    private static final Pattern DOCTYPE = Pattern.compile("<!\\s*(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);
    private static final String NAME = "request body";

    private RdfBody() {}

    /** The media types a record may be sent as. */
    static List<String> mediaTypes() {
        return TYPES.keySet().stream().sorted().toList();
    }

    /** The one dataset record {@code body} describes. */
    static CatalogRecord dataset(InputStream body, String contentType, String base, RecordSource source) throws IOException {
        Lang lang = lang(contentType);
        byte[] bytes = body.readAllBytes();
        if (bytes.length == 0) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "The body is empty: send the dataset record as " + mediaTypes());
        }
        if (lang.equals(Lang.RDFXML) && (DOCTYPE.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()
                || XmlProlog.declaresDocumentType(bytes, NAME))) {
            throw Problems.exception(Response.Status.BAD_REQUEST,
                    "RDF/XML with a document type declaration (DOCTYPE or ENTITY) is refused: no DTD, external entity or "
                            + "entity expansion is processed here");
        }
        if (!lang.equals(Lang.RDFXML)) {
            requireUtf8(bytes);
        }
        DatasetGraph parsed = parse(bytes, lang, base);
        List<CatalogRecord> datasets = RecordSplitter.split(parsed, source).records().stream()
                .filter(r -> r.kind() == RecordKind.DATASET).toList();
        if (datasets.size() != 1) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "The body describes " + datasets.size()
                    + " dataset(s) (resources typed dcat:Dataset): send exactly one per request");
        }
        return datasets.get(0);
    }

    private static DatasetGraph parse(byte[] bytes, Lang lang, String base) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try {
            JsonLdContexts.none().configure(RDFParser.source(new ByteArrayInputStream(bytes)))
                    .lang(lang).base(base).errorHandler(new FailFast(NAME)).parse(dsg);
        } catch (MalformedInputException e) {
            throw e;
        } catch (RiotException e) {
            throw new MalformedInputException(NAME, -1, e.getMessage(), e);
        } catch (StackOverflowError e) {
            // The parsers recurse once per nesting level ([ ], ( ), JSON arrays and objects) with no limit of
            // their own. The overflow is thrown deep in the parse of this body into a graph of its own, and
            // the stack is unwound by the time it reaches here: nothing shared was being changed.
            throw new MalformedInputException(NAME, -1, "nested too deeply to be read", e);
        }
        return dsg;
    }

    /**
     * Turtle, N-Triples and JSON are UTF-8 by definition; the parsers would read a malformed byte as a
     * replacement character and store it, so the body is checked first.
     */
    private static void requireUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (result.isError()) {
            int at = in.position();
            long line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new MalformedInputException(NAME, line, "byte " + (at + 1) + " is not UTF-8 (0x"
                    + String.format("%02X", bytes[at] & 0xff) + "): send the body in UTF-8", null);
        }
    }

    private static Lang lang(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        Lang lang = TYPES.get(type);
        if (lang == null) {
            throw Problems.exception(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + contentType
                    + "' is not accepted here: send " + String.join(", ", mediaTypes()) + " or the JSON form as "
                    + RecordBodies.FORM);
        }
        return lang;
    }
}

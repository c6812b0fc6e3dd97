package fr.hdh.catalog.harvest.dcat;

import fr.hdh.catalog.core.io.FailFast;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.io.JsonLdContexts;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Parses one harvested document (a file or a fetched page) into RDF: the syntax from the media type,
 * else from the name; JSON-LD contexts loaded only through {@link JsonLdContexts}. A document that
 * does not parse throws {@link MalformedInputException} naming it, with the line when known.
 */
final class RdfDocuments {
    private final JsonLdContexts contexts;

    RdfDocuments(JsonLdContexts contexts) {
        this.contexts = contexts;
    }

    /** The syntax of a document from its media type, else its name ({@code .json} counts as JSON-LD). */
    static Optional<Lang> syntaxOf(String contentType, String name) {
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        Lang byType = mediaType.isEmpty() || mediaType.equals("text/plain") || mediaType.equals("application/octet-stream")
                ? null : RDFLanguages.contentTypeToLang(mediaType);
        if (byType == null && mediaType.equals("application/json")) {
            byType = Lang.JSONLD;
        }
        if (byType != null) {
            return Optional.of(byType);
        }
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        if (lower.endsWith(".json")) {
            return Optional.of(Lang.JSONLD);
        }
        return Optional.ofNullable(RDFLanguages.filenameToLang(lower));
    }

    /** Well-known prefixes declared at most, so a document naming many stays cheap to refuse. */
    private static final int MAX_DECLARED = 16;

    /**
     * Parses {@code body}. An RDF/XML document that stops on an IRI with characters IRIs may not hold
     * raw is read again with those characters percent-encoded ({@link IriRepair}), as Turtle's reader
     * would have let it through with a warning; a Turtle or TriG document that uses a well-known prefix
     * without declaring it is read again with it declared ({@link PrefixRepair}); any other error stands.
     */
    DatasetGraph parse(byte[] body, Lang lang, String base, String name) {
        byte[] document = body;
        for (int declared = 0; ; declared++) {
            try {
                return parseAsIs(document, lang, base, name);
            } catch (MalformedInputException e) {
                if (RDFLanguages.sameLang(lang, Lang.RDFXML)) {
                    byte[] repaired = IriRepair.rdfXml(document);
                    if (repaired == document) {
                        throw e;
                    }
                    return parseAsIs(repaired, lang, base, name);
                }
                boolean turtle = RDFLanguages.sameLang(lang, Lang.TURTLE) || RDFLanguages.sameLang(lang, Lang.TRIG);
                Optional<byte[]> withPrefix = turtle && declared < MAX_DECLARED
                        ? PrefixRepair.declare(document, e.getMessage()) : Optional.empty();
                if (withPrefix.isEmpty()) {
                    throw e;
                }
                document = withPrefix.get();
            }
        }
    }

    /**
     * What a document that does not parse says before its first error: the statements the parser
     * completed (Jena's readers hand each statement on as soon as it is read), none of the one it stopped in.
     */
    DatasetGraph beforeError(byte[] body, Lang lang, String base, String name) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try {
            read(body, lang, base, name, dsg);
        } catch (RuntimeException stopped) {
            // The error is the caller's to report; what was read before it stays in dsg.
        }
        return dsg;
    }

    private DatasetGraph parseAsIs(byte[] body, Lang lang, String base, String name) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try {
            read(body, lang, base, name, dsg);
        } catch (MalformedInputException e) {
            throw e;
        } catch (RiotException e) {
            throw new MalformedInputException(name, -1, e.getMessage(), e);
        }
        return dsg;
    }

    private void read(byte[] body, Lang lang, String base, String name, DatasetGraph into) {
        contexts.configure(RDFParser.source(new ByteArrayInputStream(body)))
                .lang(lang)
                .base(base)
                .errorHandler(new FailFast(name))
                .parse(into);
    }
}

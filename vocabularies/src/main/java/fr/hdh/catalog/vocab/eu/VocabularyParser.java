package fr.hdh.catalog.vocab.eu;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/**
 * Reads vocabulary files into a graph with Jena's own parsers.
 *
 * <p>RDF/XML is parsed by Jena's default parser, which does not expand external XML entities: a
 * reference to one is read as nothing (checked by {@code ExternalEntityTest}), so a vocabulary file
 * cannot make us read a local file or fetch a URL. Internal entity declarations, which the ADMS file
 * uses to abbreviate namespaces, still work.
 */
final class VocabularyParser {
    private VocabularyParser() {}

    /** Parses one bundled file into {@code sink}. */
    static void readInto(BundledVocabulary file, Graph sink) {
        InputStream in = VocabularyParser.class.getClassLoader().getResourceAsStream(file.path());
        if (in == null) {
            throw new IllegalStateException("Vocabulary missing from the classpath: " + file.path());
        }
        try (in) {
            readInto(in, file.lang(), file.path(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.path(), e);
        }
    }

    /** Parses {@code in} as {@code lang}; a syntax error becomes a {@link MalformedInputException} naming {@code source}. */
    static void readInto(InputStream in, Lang lang, String source, Graph sink) {
        try {
            RDFParser.source(in).lang(lang).base("urn:hdh:vocabulary:").parse(sink);
        } catch (RiotException e) {
            throw new MalformedInputException(source, -1, e.getMessage(), e);
        }
    }
}

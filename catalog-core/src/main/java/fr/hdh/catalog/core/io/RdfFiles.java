package fr.hdh.catalog.core.io;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Reads RDF files of any common syntax (Turtle, RDF/XML, JSON-LD, N-Triples, N-Quads, TriG) into
 * memory, stopping at the first error with the file, line and problem named. Nothing is written to
 * the store here: callers write only what parsed completely. JSON-LD contexts are loaded only as the
 * caller's {@link JsonLdContexts} allows (through the one door, or not at all).
 */
public final class RdfFiles {
    private RdfFiles() {}

    /** The RDF syntax of a file, from its extension. */
    public static Optional<Lang> syntaxOf(Path file) {
        return Optional.ofNullable(RDFLanguages.filenameToLang(file.getFileName().toString()));
    }

    /**
     * Parses {@code file} as {@code lang}; the default graph and any named graphs go into the result.
     * A JSON-LD file's remote contexts are loaded by {@code contexts}.
     */
    public static DatasetGraph read(Path file, Lang lang, JsonLdContexts contexts) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            contexts.configure(RDFParser.source(in))
                    .lang(lang)
                    .base(file.toAbsolutePath().toUri().toString())
                    .errorHandler(new FailFast(name))
                    .parse(dsg);
        } catch (MalformedInputException e) {
            throw e;
        } catch (RiotException e) {
            throw new MalformedInputException(name, -1, e.getMessage(), e);
        } catch (IOException e) {
            throw new MalformedInputException(name, -1, "cannot be read: " + e.getMessage(), e);
        }
        return dsg;
    }
}

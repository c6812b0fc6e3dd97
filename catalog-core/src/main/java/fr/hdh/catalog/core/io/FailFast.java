package fr.hdh.catalog.core.io;

import fr.hdh.catalog.core.MalformedInputException;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * The parse error policy of every reader of RDF: the first error stops the document with its name,
 * line and column; warnings (an unusual IRI, a language tag in odd case) do not.
 *
 * @param source the file or document being parsed, named in the message
 */
public record FailFast(String source) implements ErrorHandler {
    @Override
    public void warning(String message, long line, long col) {
        // Warnings do not make a document unreadable.
    }

    @Override
    public void error(String message, long line, long col) {
        throw new MalformedInputException(source, line, problem(message, col), null);
    }

    @Override
    public void fatal(String message, long line, long col) {
        throw new MalformedInputException(source, line, problem(message, col), null);
    }

    private static String problem(String message, long col) {
        return col > 0 ? "column " + col + ": " + message : message;
    }
}

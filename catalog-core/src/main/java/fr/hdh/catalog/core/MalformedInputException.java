package fr.hdh.catalog.core;

/** Input that cannot be read at all (bad RDF, JSON or CSV syntax); names the source, line and problem. */
public class MalformedInputException extends CatalogException {
    private final String source;
    private final long line;

    public MalformedInputException(String source, long line, String problem, Throwable cause) {
        super(describe(source, line, problem), cause);
        this.source = source;
        this.line = line;
    }

    /** The file or document that failed to parse. */
    public String source() {
        return source;
    }

    /** The line of the problem, or -1 when the parser could not tell. */
    public long line() {
        return line;
    }

    private static String describe(String source, long line, String problem) {
        return line > 0 ? source + ", line " + line + ": " + problem : source + ": " + problem;
    }
}

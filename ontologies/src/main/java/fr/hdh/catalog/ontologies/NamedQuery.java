package fr.hdh.catalog.ontologies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The SPARQL queries the catalogue runs, kept as {@code .rq} files under {@code hdh/queries/}. Each is
 * parsed when the enum is first used, so a typo fails at start-up rather than at the first request.
 * Values are bound at run time (never spliced into the text).
 */
public enum NamedQuery {
    CLASS_COUNTS("class-counts.rq"),
    SOURCE_LOADED("source-loaded.rq"),
    TRIPLE_COUNT("triple-count.rq"),
    RECORD_COUNT("record-count.rq");

    private final Query query;

    NamedQuery(String file) {
        this.query = parse(file);
    }

    /**
     * Parses {@code hdh/queries/FILE} from the class path; features keep their own enums of queries
     * built with it, so every query is a file and is parsed when its enum loads.
     */
    public static Query parse(String file) {
        return QueryFactory.create(read("hdh/queries/" + file));
    }

    /** A copy of the parsed query, safe to modify. */
    public Query query() {
        return query.cloneQuery();
    }

    private static String read(String path) {
        try (InputStream in = NamedQuery.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Named query missing from the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}

package fr.hdh.catalog.bench.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The realistic queries both endpoints answer, read from the {@code .rq} files beside this class and
 * parsed once so a typo fails before anything is timed. IRIs in them use the benchmark store's base
 * IRI ({@link fr.hdh.catalog.bench.export.DemoStoreLoader#BASE_IRI}).
 */
final class BenchQueries {
    private static final List<String> NAMES = List.of(
            "count-triples", "count-datasets", "dgn-pal-lookup", "dataset-table-variable-codelist",
            "construct-dataset", "datasets-by-publisher", "code-lists-by-use", "concept-label-search",
            "ask-dataset", "omop-table-fields");

    /** One query: its name, its text as sent, and the media type its answer is asked in. */
    record BenchQuery(String name, String text, String accept) {}

    private BenchQueries() {}

    static List<BenchQuery> all() {
        return NAMES.stream().map(BenchQueries::load).toList();
    }

    private static BenchQuery load(String name) {
        String text = read(name + ".rq");
        Query query = QueryFactory.create(text);
        String accept = query.isConstructType() || query.isDescribeType() ? "text/turtle"
                : "application/sparql-results+json";
        return new BenchQuery(name, text, accept);
    }

    private static String read(String resource) {
        try (InputStream in = BenchQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Benchmark query missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

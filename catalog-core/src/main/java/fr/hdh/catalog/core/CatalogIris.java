package fr.hdh.catalog.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Mints the IRIs of everything the catalogue describes, under one base IRI, so every part of the code
 * names the same thing the same way and every IRI can later be dereferenced by the server.
 *
 * <pre>
 * CatalogIris iris = new CatalogIris("http://localhost:8080/");
 * iris.dataset("pmsi-mco");                        // http://localhost:8080/dataset/pmsi-mco
 * iris.variable("pmsi-mco", "T_MCOaaB", "DGN_PAL"); // …/dataset/pmsi-mco/table/T_MCOaaB/variable/DGN_PAL
 * </pre>
 */
public final class CatalogIris {
    private final String base;

    /** @param base an absolute IRI; a trailing slash is added when missing */
    public CatalogIris(String base) {
        Objects.requireNonNull(base, "base");
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    public String catalog() {
        return base + "catalog";
    }

    public String dataset(String id) {
        return base + "dataset/" + seg(id);
    }

    public String distribution(String datasetId, String id) {
        return dataset(datasetId) + "/distribution/" + seg(id);
    }

    /** The csvw:TableGroup listing a dataset's tables (its variable dictionary). */
    public String tableGroup(String datasetId) {
        return dataset(datasetId) + "/variables";
    }

    public String table(String datasetId, String table) {
        return dataset(datasetId) + "/table/" + seg(table);
    }

    public String variable(String datasetId, String table, String variable) {
        return table(datasetId, table) + "/variable/" + seg(variable);
    }

    public String producer(String id) {
        return base + "producer/" + seg(id);
    }

    /** A code list or terminology we publish, grouped by its source (for example {@code snds}). */
    public String vocabulary(String source, String name) {
        return base + "vocabulary/" + seg(source) + "/" + seg(name);
    }

    public String concept(String vocabularyIri, String code) {
        return vocabularyIri + "/" + seg(code);
    }

    public String standard(String id) {
        return base + "standard/" + seg(id);
    }

    public String standardTable(String standardId, String table) {
        return standard(standardId) + "/table/" + seg(table);
    }

    public String standardField(String standardId, String table, String field) {
        return standardTable(standardId, table) + "/field/" + seg(field);
    }

    public String project(String id) {
        return base + "project/" + seg(id);
    }

    /** A publication without a DOI (one with a DOI is named by it: {@code https://doi.org/10.…}). */
    public String publication(String id) {
        return base + "publication/" + seg(id);
    }

    /** The agent that made a change (a harvester, the CLI, a producer account). */
    public String agent(String name) {
        return base + "agent/" + seg(name);
    }

    /** A path segment: letters, digits and {@code -._~} kept, everything else percent-encoded. */
    static String seg(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}

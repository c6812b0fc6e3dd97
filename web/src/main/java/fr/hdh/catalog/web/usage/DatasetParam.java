package fr.hdh.catalog.web.usage;

import fr.hdh.catalog.core.Catalog;

/** A dataset named in a query parameter: its IRI, or its id in this catalogue ({@code pmsi-mco}). */
final class DatasetParam {
    private DatasetParam() {}

    static String iri(Catalog catalog, String given) {
        String g = given.strip();
        return g.startsWith("http://") || g.startsWith("https://") ? g : catalog.iris().dataset(g);
    }
}

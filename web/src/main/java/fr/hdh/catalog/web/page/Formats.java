package fr.hdh.catalog.web.page;

import fr.hdh.catalog.web.page.view.Link;
import java.util.List;

/** Links from a page to the other representations of the same resource ({@code ?format=ttl}…). */
public final class Formats {
    private Formats() {}

    /** {@code path} (a local path, possibly with a query) in Turtle, JSON-LD, RDF/XML and N-Triples. */
    public static List<Link> of(String path) {
        String p = path + (path.contains("?") ? "&" : "?") + "format=";
        return List.of(new Link(p + "ttl", "Turtle"), new Link(p + "jsonld", "JSON-LD"), new Link(p + "rdf", "RDF/XML"),
                new Link(p + "nt", "N-Triples"));
    }
}

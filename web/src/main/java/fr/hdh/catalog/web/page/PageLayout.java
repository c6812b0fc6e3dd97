package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.text.HtmlText;

/** The frame every page shares: head, stylesheet, header bar; the body comes escaped from the caller. */
public final class PageLayout {
    /** Where the stylesheet is served. */
    public static final String STYLESHEET = "/static/hdh.css";

    private PageLayout() {}

    /**
     * @param title plain text, escaped here
     * @param head extra markup for the head (already safe)
     * @param body the page content (already safe)
     */
    public static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + HtmlText.escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">" + head + "</head>\n<body>"
                + "<header><a href=\"/catalog\">Catalogue des données de santé · Health data catalogue</a>"
                + " · <a href=\"" + SearchLinks.PATH + "\">Rechercher · Search</a>"
                + " · <a href=\"/quality\">Qualité · Quality</a> · <a href=\"/sparql\">SPARQL</a>"
                + "<form class=\"quick-search\" action=\"" + SearchLinks.PATH + "\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" aria-label=\"Rechercher · Search\" placeholder=\"Rechercher · Search\">"
                + "</form></header>\n<main>" + body + "</main></body></html>\n";
    }

    /** Links to the other representations of the same resource. */
    public static String formats(String path) {
        String p = HtmlText.escape(path) + (path.contains("?") ? "&amp;" : "?");
        return "<p class=\"formats\">Also as: <a href=\"" + p + "format=ttl\">Turtle</a><a href=\"" + p
                + "format=jsonld\">JSON-LD</a><a href=\"" + p + "format=rdf\">RDF/XML</a><a href=\"" + p
                + "format=nt\">N-Triples</a></p>";
    }
}

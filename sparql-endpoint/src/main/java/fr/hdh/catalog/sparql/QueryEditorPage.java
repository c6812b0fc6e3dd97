package fr.hdh.catalog.sparql;

import fr.hdh.catalog.core.text.HtmlText;

/**
 * The query editor a browser gets at {@code GET /sparql}: a plain form that sends the query to the
 * endpoint itself (GET, so results open in the browser and the URL can be shared). Stands in for the
 * Fuseki UI until that jar is on the class path.
 */
final class QueryEditorPage {
    private static final String EXAMPLE = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?dataset ?title WHERE {
              ?dataset a dcat:Dataset ; dct:title ?title .
              FILTER(lang(?title) = "fr")
            } ORDER BY ?title LIMIT 50""";

    /** The catalogue's stylesheet, served by the web module: no inline style, so the page keeps to the server's CSP. */
    static final String STYLESHEET = "/static/hdh.css";

    private QueryEditorPage() {}

    static String html(String endpoint) {
        String action = HtmlText.escape(endpoint);
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>SPARQL query editor</title>
                <link rel="stylesheet" href="%s"></head>
                <body class="sparql-editor"><h1>SPARQL query editor</h1>
                <p>Read-only SPARQL 1.1 endpoint: <code>%s</code>. Service description in Turtle:
                <code>curl -H 'Accept: text/turtle' %s</code>.</p>
                <form method="get" action="%s">
                <p><textarea name="query" aria-label="SPARQL query">%s</textarea></p>
                <p><label>Results as <select name="format">
                <option value="json">JSON</option><option value="xml">XML</option>
                <option value="csv">CSV</option><option value="tsv">TSV</option>
                <option value="ttl">Turtle (CONSTRUCT, DESCRIBE)</option></select></label>
                <button type="submit">Run</button></p></form></body></html>
                """.formatted(STYLESHEET, action, action, action, HtmlText.escape(EXAMPLE));
    }
}

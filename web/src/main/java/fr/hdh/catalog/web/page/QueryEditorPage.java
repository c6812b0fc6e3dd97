package fr.hdh.catalog.web.page;

import fr.hdh.catalog.sparql.QueryEditor;
import fr.hdh.catalog.web.page.view.QueryEditorView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The SPARQL endpoint's page for browsers ({@link QueryEditor}): the query form with examples over the
 * catalogue's own model (datasets and titles, the tables holding a variable, full-text search inside
 * SPARQL), rendered like every page, in the reader's language.
 */
public final class QueryEditorPage implements QueryEditor {
    private static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX csvw: <http://www.w3.org/ns/csvw#>
            PREFIX hdh: <https://w3id.org/hdh-catalog/ns#>
            """;
    private static final List<String[]> EXAMPLES = List.of(
            new String[] {"sparql.example.datasets", """
                    SELECT ?dataset ?title WHERE {
                      ?dataset a dcat:Dataset ; dct:title ?title .
                      FILTER(lang(?title) = "fr")
                    } ORDER BY ?title LIMIT 50"""},
            new String[] {"sparql.example.variable", """
                    SELECT ?table ?title WHERE {
                      ?table csvw:column ?column ; dct:title ?title .
                      ?column csvw:name "DGN_PAL" .
                    }"""},
            new String[] {"sparql.example.search", """
                    SELECT ?hit ?score WHERE {
                      (?hit ?score) hdh:search ("diagnostic principal" 10 "variable")
                    }"""});

    private final HtmlResponses html;

    public QueryEditorPage(HtmlResponses html) {
        this.html = html;
    }

    @Override
    public void show(HttpServletRequest req, HttpServletResponse resp, String endpoint) throws IOException {
        PageContext page = html.context(req, resp);
        List<QueryEditorView.Example> examples = EXAMPLES.stream().map(e -> example(e[0], PREFIXES + e[1])).toList();
        html.send(resp, page, HttpServletResponse.SC_OK, new QueryEditorView(endpoint, examples.get(0).query(), examples));
    }

    private static QueryEditorView.Example example(String titleKey, String query) {
        return new QueryEditorView.Example(titleKey, query,
                "/sparql?format=json&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
}

package fr.hdh.catalog.web.page.view;

import java.util.List;

/**
 * The SPARQL query editor a browser gets at {@code GET /sparql}: a form sending the query to the endpoint
 * itself (GET, so results open in the browser and the address can be shared), and examples to start from.
 *
 * @param endpoint the endpoint's address, where the form sends the query
 * @param query the query the form starts with
 * @param examples queries to run or copy, each with the message key of its title
 */
public record QueryEditorView(String endpoint, String query, List<Example> examples) implements PageView {

    /** One example: its title's message key, its query, and the address that runs it. */
    public record Example(String titleKey, String query, String run) {}

    @Override
    public String template() {
        return "sparql.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t("sparql.title");
    }
}

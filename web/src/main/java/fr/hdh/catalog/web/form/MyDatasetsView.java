package fr.hdh.catalog.web.form;

import fr.hdh.catalog.web.page.view.FormPageView;
import fr.hdh.catalog.web.page.view.Messages;
import java.util.List;

/**
 * The signed-in producer's datasets (every dataset for a curator), each with the state of its latest version.
 *
 * @param user who is signed in
 * @param curates whether the user reviews (then the page links to the queue)
 * @param rows one per dataset, by id
 * @param csrf the session's CSRF token (for signing out)
 */
public record MyDatasetsView(String user, boolean curates, List<Row> rows, String csrf) implements FormPageView {
    /** A dataset: its id, title, latest version and that version's state (a {@code form.state.} key). */
    public record Row(String id, String title, int version, String stateKey, String at) {}

    public MyDatasetsView {
        rows = List.copyOf(rows);
    }

    @Override
    public String template() {
        return "form/mine.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t("form.mine.title");
    }
}

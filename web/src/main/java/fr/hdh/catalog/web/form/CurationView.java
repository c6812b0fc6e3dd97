package fr.hdh.catalog.web.form;

import fr.hdh.catalog.web.page.view.FormPageView;
import fr.hdh.catalog.web.page.view.Messages;
import java.util.List;

/**
 * The curators' review queue: datasets whose latest version was submitted, oldest submission first.
 *
 * @param rows the submitted datasets
 * @param notice the message key of what was just done, or {@code ""}
 * @param noticeId the dataset it was done to, or {@code ""}
 * @param csrf the session's CSRF token
 */
public record CurationView(List<Row> rows, String notice, String noticeId, String csrf) implements FormPageView {
    /** A submitted dataset: id, title, version, its author, when, and what the author said. */
    public record Row(String id, String title, int version, String author, String at, String message) {}

    public CurationView {
        rows = List.copyOf(rows);
    }

    @Override
    public String template() {
        return "form/curation.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t("form.curation.title");
    }
}

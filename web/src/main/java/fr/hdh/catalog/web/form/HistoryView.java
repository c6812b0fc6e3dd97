package fr.hdh.catalog.web.form;

import fr.hdh.catalog.web.page.view.FormPageView;
import fr.hdh.catalog.web.page.view.Messages;
import java.util.List;
import java.util.Optional;

/**
 * A dataset's versions, newest first, with what changed between two of them when asked, and the restore buttons.
 *
 * @param id the dataset's id
 * @param title its latest title
 * @param versions newest first
 * @param diff the changes between the two versions asked for, if any
 * @param notice the message key of what was just done, or {@code ""}
 * @param csrf the session's CSRF token
 */
public record HistoryView(String id, String title, List<Version> versions, Optional<Diff> diff, String notice, String csrf)
        implements FormPageView {
    /** One version: number, state ({@code form.state.} key), author, when, and the author's message. */
    public record Version(int number, String stateKey, String author, String at, String message) {}

    /** The changes from version {@code from} to {@code to}, one line each. */
    public record Diff(int from, int to, List<Line> lines) {}

    /**
     * One change: the property (as a prefixed name), what happened ({@code form.diff.added}, {@code .removed},
     * {@code .changed}), of which subject, and the values before and after ({@code ""} where there is none).
     */
    public record Line(String property, String kindKey, String subject, String before, String after) {}

    public HistoryView {
        versions = List.copyOf(versions);
    }

    @Override
    public String template() {
        return "form/history.jte";
    }

    @Override
    public String title(Messages m) {
        return m.f("form.history.title", id);
    }
}

package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.record.RecordVersion;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * {@code /my/datasets/*}: the signed-in user's datasets, and the pages of one dataset, by address:
 * <ul>
 * <li>{@code GET /my/datasets} — the list; {@code GET|POST /my/datasets/new} — a new dataset;</li>
 * <li>{@code GET|POST /my/datasets/{id}/edit} — the form; {@code POST .../submit}; {@code POST .../dictionary};</li>
 * <li>{@code GET .../history} (with {@code ?from=&to=}, a diff); {@code POST .../restore}.</li>
 * </ul>
 * A page asks to sign in first; every POST is guarded ({@link FormPages#guarded}); what the workflow refuses
 * is a page saying why ({@link FormPages#refused}).
 */
final class MyDatasetsServlet extends HttpServlet {
    private final transient Drafts drafts;
    private final transient FormPages pages;
    private final transient DatasetEditor editor;
    private final transient DictionaryUpload dictionary;
    private final transient HistoryPages history;

    MyDatasetsServlet(Drafts drafts, FormPages pages) {
        this.drafts = drafts;
        this.pages = pages;
        this.editor = new DatasetEditor(drafts, pages);
        this.dictionary = new DictionaryUpload(drafts, editor);
        this.history = new HistoryPages(drafts, pages);
    }

    /** The address below {@code /my/datasets}: a dataset id (or {@code new}) and what to do with it. */
    private record Target(String id, String action) {
        static Optional<Target> of(String pathInfo) {
            if (pathInfo == null || pathInfo.equals("/")) {
                return Optional.of(new Target("", ""));
            }
            String[] parts = pathInfo.substring(1).split("/", -1);
            if (parts.length == 1 && parts[0].equals("new")) {
                return Optional.of(new Target("", "new"));
            }
            return parts.length == 2 && Drafts.validId(parts[0]) ? Optional.of(new Target(parts[0], parts[1])) : Optional.empty();
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Sessions.Session> session = pages.signedIn(req, resp);
        if (session.isEmpty()) {
            return;
        }
        Sessions.Session s = session.get();
        Optional<Target> target = Target.of(req.getPathInfo());
        try {
            switch (target.map(Target::action).orElse("?")) {
                case "" -> list(req, resp, s);
                case "new" -> editor.blank(req, resp, s);
                case "edit" -> editor.show(req, resp, s, target.get().id());
                case "history" -> history.show(req, resp, s, target.get().id());
                default -> notFound(req, resp);
            }
        } catch (CatalogException e) {
            pages.refused(req, resp, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        DictionaryUpload.acceptMultipart(req);
        Optional<Sessions.Session> session = pages.guarded(req, resp, req.getParameter(PostGuard.FIELD));
        if (session.isEmpty()) {
            return;
        }
        Sessions.Session s = session.get();
        Optional<Target> target = Target.of(req.getPathInfo());
        try {
            switch (target.map(Target::action).orElse("?")) {
                case "new" -> editor.create(req, resp, s);
                case "edit" -> editor.update(req, resp, s, target.get().id());
                case "submit" -> editor.submit(resp, s, target.get().id());
                case "dictionary" -> dictionary.upload(req, resp, s, target.get().id());
                case "restore" -> history.restore(req, resp, s, target.get().id());
                default -> notFound(req, resp);
            }
        } catch (CatalogException e) {
            pages.refused(req, resp, e);
        }
    }

    private void list(HttpServletRequest req, HttpServletResponse resp, Sessions.Session s) throws IOException {
        String lang = pages.lang(req, resp);
        List<MyDatasetsView.Row> rows = new ArrayList<>();
        for (RecordVersion v : drafts.workflow().latestVersions()) {
            Optional<String> id = drafts.id(v.recordIri());
            if (id.isEmpty()) {
                continue;
            }
            Graph content = drafts.workflow().content(v.recordIri(), v.number());
            if (Drafts.producerOf(s.user(), content, v.recordIri())) {
                rows.add(new MyDatasetsView.Row(id.get(), Drafts.title(content, v.recordIri(), lang, id.get()), v.number(),
                        "form.state." + v.state().key(), v.at().toString()));
            }
        }
        pages.send(req, resp, 200, new MyDatasetsView(s.user().name(), s.user().role().curates(), rows, s.csrf()));
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        pages.send(req, resp, 404, new MessageView(404, "form.notFound.heading", "form.notFound.reason", ""));
    }
}

package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.record.RecordVersion;
import fr.hdh.catalog.core.record.VersionState;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /curation}: the curators' review queue, the datasets whose latest version was submitted, oldest
 * first. {@code POST} with {@code action=publish} publishes that version; {@code action=sendBack} sends it
 * back to its producer as a new draft of the same content, whose change message carries the curator's note.
 * Curators and admins only (403 for anyone else).
 */
final class CurationServlet extends HttpServlet {
    private static final Set<String> NOTICES = Set.of("published", "sentBack");
    private final transient Drafts drafts;
    private final transient FormPages pages;

    CurationServlet(Drafts drafts, FormPages pages) {
        this.drafts = drafts;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Sessions.Session> session = pages.signedIn(req, resp);
        if (session.isEmpty() || !curator(req, resp, session.get())) {
            return;
        }
        String lang = pages.lang(req, resp);
        List<CurationView.Row> rows = drafts.workflow().latestVersions().stream()
                .filter(v -> v.state() == VersionState.SUBMITTED && drafts.id(v.recordIri()).isPresent())
                .sorted(Comparator.comparing(RecordVersion::at))
                .map(v -> {
                    String id = drafts.id(v.recordIri()).orElseThrow();
                    String title = Drafts.title(drafts.workflow().content(v.recordIri(), v.number()), v.recordIri(), lang, id);
                    return new CurationView.Row(id, title, v.number(), v.author(), v.at().toString(), v.message().orElse(""));
                }).toList();
        String done = req.getParameter("done");
        String id = req.getParameter("id");
        boolean told = done != null && NOTICES.contains(done) && Drafts.validId(id);
        pages.send(req, resp, 200, new CurationView(rows, told ? "form.curation." + done : "", told ? id : "", session.get().csrf()));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Sessions.Session> session = pages.guarded(req, resp, req.getParameter(PostGuard.FIELD));
        if (session.isEmpty() || !curator(req, resp, session.get())) {
            return;
        }
        String id = req.getParameter("id");
        String action = String.valueOf(req.getParameter("action"));
        if (!Drafts.validId(id) || !Set.of("publish", "sendBack").contains(action)) {
            pages.send(req, resp, 400, new MessageView(400, "form.conflict.heading", "form.curation.badRequest", ""));
            return;
        }
        try {
            String iri = drafts.iri(id);
            if (action.equals("publish")) {
                drafts.workflow().publish(iri, session.get().user());
                FormPages.seeOther(resp, "/curation?done=published&id=" + id);
            } else {
                sendBack(iri, session.get(), String.valueOf(req.getParameter("note")).strip());
                FormPages.seeOther(resp, "/curation?done=sentBack&id=" + id);
            }
        } catch (CatalogException e) {
            pages.refused(req, resp, e);
        }
    }

    /** A new draft of the submitted content, so the producer may change it and submit again. */
    private void sendBack(String iri, Sessions.Session s, String note) {
        RecordVersion latest = drafts.latest(iri);
        if (latest.state() != VersionState.SUBMITTED) {
            throw new fr.hdh.catalog.core.WorkflowStateException("Version " + latest.number() + " of " + iri + " is "
                    + latest.state().key() + ": only a submitted version is sent back");
        }
        CatalogRecord same = new CatalogRecord(iri, RecordKind.DATASET, drafts.contentCopy(iri, latest.number()), Drafts.source(s.user()));
        String message = "sent back for changes" + (note.isEmpty() || note.equals("null") ? "" : ": " + note);
        drafts.workflow().update(iri, same, latest.number(), s.user(), Optional.of(message));
    }

    private boolean curator(HttpServletRequest req, HttpServletResponse resp, Sessions.Session s) throws IOException {
        if (s.user().role().curates()) {
            return true;
        }
        pages.send(req, resp, 403, new MessageView(403, "form.refused.heading", "form.refused.curator", ""));
        return false;
    }
}

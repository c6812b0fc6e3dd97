package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.StaleVersionException;
import fr.hdh.catalog.core.WorkflowStateException;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.form.InvalidFormException;
import fr.hdh.catalog.core.record.RecordVersion;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import fr.hdh.catalog.web.page.view.Lang;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;

/**
 * The dataset form: shows a new or a stored dataset, and turns a posted form into a version through the
 * workflow. A refused form (fields that cannot be read, or a record the profile refuses) is shown again with
 * what was typed and each problem at its field, answered 400, and nothing is written. An edit names the
 * version it was made on: if another one was saved meanwhile, it is answered 409 with the typed values kept
 * and a message saying so, and nothing is overwritten.
 */
final class DatasetEditor {
    /** What a {@code ?done=} may say after a step, as message keys. */
    static final Set<String> NOTICES = Set.of("created", "saved", "submitted", "uploaded");

    private final Drafts drafts;
    private final DatasetFields fields;
    private final FormPages pages;

    DatasetEditor(Drafts drafts, FormPages pages) {
        this.drafts = drafts;
        this.fields = new DatasetFields(drafts.catalog().iris());
        this.pages = pages;
    }

    void blank(HttpServletRequest req, HttpServletResponse resp, Sessions.Session s) throws IOException {
        User user = s.user();
        List<Organisation> organisations = organisations(req, resp, user);
        FieldValues values = new FieldValues(organisations.size() == 1 ? Map.of("publisher", organisations.get(0).iri()) : Map.of(),
                Set.of(), Map.of(), 1);
        pages.send(req, resp, 200, new DatasetFormView(true, "", 0, "", values, organisations, List.of(), "", "", s.csrf()));
    }

    void create(HttpServletRequest req, HttpServletResponse resp, Sessions.Session s) throws IOException {
        FieldValues values = FieldValues.of(req);
        String id = values.text("id");
        if (addsDistribution(req)) {
            pages.send(req, resp, 200, new DatasetFormView(true, "", 0, "", values.withSlots(values.distributions() + 1),
                    organisations(req, resp, s.user()), List.of(), "", "", s.csrf()));
            return;
        }
        Map<String, Integer> slots = Map.of();
        try {
            DatasetFields.Made made = fields.record(values, id, Optional.empty(), Drafts.source(s.user()));
            slots = made.slots();
            drafts.workflow().create(made.record(), s.user(), message(values));
            FormPages.seeOther(resp, "/my/datasets/" + id + "/edit?done=created");
        } catch (InvalidFormException e) {
            refused(req, resp, s, values, true, "", 0, FieldErrors.of(e));
        } catch (InvalidRecordException e) {
            refused(req, resp, s, values, true, "", 0, FieldErrors.of(e, drafts.iri(id), slots));
        } catch (WorkflowStateException e) {
            refused(req, resp, s, values, true, "", 0, List.of(new FormError("id", e.getMessage())));
        }
    }

    void show(HttpServletRequest req, HttpServletResponse resp, Sessions.Session s, String id) throws IOException {
        String iri = drafts.iri(id);
        drafts.workflow().requireRead(iri, s.user());
        RecordVersion latest = drafts.latest(iri);
        FieldValues values = fields.values(drafts.workflow().content(iri, latest.number()), iri).with("id", id);
        String done = req.getParameter("done");
        String notice = done != null && NOTICES.contains(done) ? "form.notice." + done : "";
        pages.send(req, resp, 200, new DatasetFormView(false, id, latest.number(), "form.state." + latest.state().key(), values,
                organisations(req, resp, s.user()), List.of(), notice, Integer.toString(latest.number()), s.csrf()));
    }

    void update(HttpServletRequest req, HttpServletResponse resp, Sessions.Session s, String id) throws IOException {
        String iri = drafts.iri(id);
        FieldValues values = FieldValues.of(req).with("id", id);
        int basedOn = version(req.getParameter("version"));
        if (addsDistribution(req)) {
            drafts.workflow().requireRead(iri, s.user());
            RecordVersion latest = drafts.latest(iri);
            pages.send(req, resp, 200, new DatasetFormView(false, id, basedOn, "form.state." + latest.state().key(),
                    values.withSlots(values.distributions() + 1), organisations(req, resp, s.user()), List.of(), "", "", s.csrf()));
            return;
        }
        Map<String, Integer> slots = Map.of();
        try {
            RecordVersion latest = drafts.latest(iri);
            Graph base = drafts.contentCopy(iri, basedOn > 0 && basedOn <= latest.number() ? basedOn : latest.number());
            DatasetFields.Made made = fields.record(values, id, Optional.of(base), Drafts.source(s.user()));
            slots = made.slots();
            drafts.workflow().update(iri, made.record(), basedOn, s.user(), message(values));
            FormPages.seeOther(resp, "/my/datasets/" + id + "/edit?done=saved");
        } catch (InvalidFormException e) {
            refused(req, resp, s, values, false, id, basedOn, FieldErrors.of(e));
        } catch (InvalidRecordException e) {
            refused(req, resp, s, values, false, id, basedOn, FieldErrors.of(e, iri, slots));
        } catch (StaleVersionException e) {
            RecordVersion latest = drafts.latest(iri);
            pages.send(req, resp, HttpServletResponse.SC_CONFLICT, new DatasetFormView(false, id, basedOn,
                    "form.state." + latest.state().key(), values, organisations(req, resp, s.user()), List.of(), "form.notice.stale",
                    Integer.toString(e.latest()), s.csrf()));
        }
    }

    void submit(HttpServletResponse resp, Sessions.Session s, String id) {
        drafts.workflow().submit(drafts.iri(id), s.user());
        FormPages.seeOther(resp, "/my/datasets/" + id + "/edit?done=submitted");
    }

    /** The form again, as posted, with its problems; 400, nothing written. */
    void refused(HttpServletRequest req, HttpServletResponse resp, Sessions.Session s, FieldValues values, boolean creating,
                 String id, int version, List<FormError> errors) throws IOException {
        String state = creating ? "" : "form.state." + drafts.latest(drafts.iri(id)).state().key();
        pages.send(req, resp, HttpServletResponse.SC_BAD_REQUEST, new DatasetFormView(creating, id, version, state, values,
                organisations(req, resp, s.user()), errors, "", "", s.csrf()));
    }

    private List<Organisation> organisations(HttpServletRequest req, HttpServletResponse resp, User user) {
        return drafts.organisations(user, Lang.byTag(pages.lang(req, resp)).orElse(Lang.DEFAULT));
    }

    static int version(String given) {
        try {
            return given == null ? 0 : Integer.parseInt(given.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether the form was posted with "add a distribution" (shown again with one more slot, nothing written). */
    private static boolean addsDistribution(HttpServletRequest req) {
        return "distribution".equals(req.getParameter("add"));
    }

    private static Optional<String> message(FieldValues values) {
        return Optional.of(values.text("message")).filter(m -> !m.isEmpty());
    }
}

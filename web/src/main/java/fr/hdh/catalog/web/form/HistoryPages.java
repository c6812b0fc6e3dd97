package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.record.RecordVersion;
import fr.hdh.catalog.core.record.VersionDiff;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.shared.PrefixMapping;

/**
 * A dataset's history page: its versions newest first, what changed between two of them
 * ({@code ?from=&to=}, added, removed and changed statements by property), and {@code POST .../restore}, which
 * makes a new draft with an old version's content.
 */
final class HistoryPages {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("dct", "http://purl.org/dc/terms/").setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .setNsPrefix("vcard", "http://www.w3.org/2006/vcard/ns#").setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("dcatap", "http://data.europa.eu/r5r/").setNsPrefix("healthdcatap", "http://healthdataportal.eu/ns/health#")
            .setNsPrefix("csvw", "http://www.w3.org/ns/csvw#").setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .lock();

    private final Drafts drafts;
    private final FormPages pages;

    HistoryPages(Drafts drafts, FormPages pages) {
        this.drafts = drafts;
        this.pages = pages;
    }

    void show(HttpServletRequest req, HttpServletResponse resp, Sessions.Session s, String id) throws IOException {
        String iri = drafts.iri(id);
        drafts.workflow().requireRead(iri, s.user());
        List<RecordVersion> history = drafts.workflow().history(iri);
        List<HistoryView.Version> versions = new ArrayList<>();
        for (RecordVersion v : history) {
            versions.add(0, new HistoryView.Version(v.number(), "form.state." + v.state().key(), v.author(), v.at().toString(),
                    v.message().orElse("")));
        }
        int from = DatasetEditor.version(req.getParameter("from"));
        int to = DatasetEditor.version(req.getParameter("to"));
        int last = history.size();
        Optional<HistoryView.Diff> diff = from >= 1 && to >= 1 && from <= last && to <= last && from != to
                ? Optional.of(diff(drafts.workflow().diff(iri, from, to))) : Optional.empty();
        RecordVersion latest = history.get(last - 1);
        String title = Drafts.title(drafts.workflow().content(iri, latest.number()), iri, pages.lang(req, resp), id);
        String notice = "restored".equals(req.getParameter("done")) ? "form.notice.restored" : "";
        pages.send(req, resp, 200, new HistoryView(id, title, versions, diff, notice, s.csrf()));
    }

    void restore(HttpServletRequest req, HttpServletResponse resp, Sessions.Session s, String id) {
        drafts.workflow().restore(drafts.iri(id), DatasetEditor.version(req.getParameter("version")), s.user());
        FormPages.seeOther(resp, "/my/datasets/" + id + "/history?done=restored");
    }

    private static HistoryView.Diff diff(VersionDiff d) {
        List<HistoryView.Line> lines = new ArrayList<>();
        d.properties().forEach((p, change) -> {
            String property = PREFIXES.shortForm(p);
            change.changed().forEach(c -> lines.add(new HistoryView.Line(property, "form.diff.changed", c.subject(), c.before(), c.after())));
            change.added().forEach(a -> lines.add(new HistoryView.Line(property, "form.diff.added", a.subject(), "", a.value())));
            change.removed().forEach(r -> lines.add(new HistoryView.Line(property, "form.diff.removed", r.subject(), r.value(), "")));
        });
        return new HistoryView.Diff(d.from(), d.to(), lines);
    }
}

package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.usage.ProjectForm;
import fr.hdh.catalog.core.usage.StoredProject;
import fr.hdh.catalog.core.usage.StoredPublication;
import fr.hdh.catalog.core.usage.UsageService;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.Link;
import fr.hdh.catalog.web.page.view.ProjectsView;
import fr.hdh.catalog.web.page.view.PublicationsView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The public directory pages: {@code /projects} (the register: sponsor and its kind, purpose, legal basis,
 * status, dates, datasets requested and used, results) and {@code /publications} (each a link to its DOI,
 * with the datasets it cites). Dataset names are their titles in the reader's language.
 */
public final class UsageDirectoryPage {
    private final UsageService usage;
    private final LocalLinks links;
    private final UsageSection entries;

    public UsageDirectoryPage(UsageService usage, LocalLinks links) {
        this.usage = usage;
        this.links = links;
        this.entries = new UsageSection(usage, links);
    }

    public ProjectsView projects(Lang lang) {
        List<ProjectsView.Project> out = new ArrayList<>();
        for (StoredProject p : usage.projects()) {
            ProjectForm f = p.form();
            List<ProjectsView.Dated> dates = new ArrayList<>();
            dated(dates, "usage.date.submitted", f.submitted());
            dated(dates, "usage.date.accepted", f.accepted());
            dated(dates, "usage.date.delivered", f.delivered());
            dated(dates, "usage.date.started", f.started());
            dated(dates, "usage.date.ended", f.ended());
            out.add(new ProjectsView.Project(links.link(p.iri(), text(f.title(), lang, f.id())), orEmpty(f.sponsorName()),
                    f.sponsorType() == null ? "" : "usage.sponsor." + f.sponsorType(),
                    f.status() == null ? "" : "usage.status." + f.status(), text(f.purpose(), lang, ""),
                    text(f.legalBasis(), lang, ""), dates, datasets(f.requested(), lang), datasets(f.used(), lang),
                    f.results().stream().map(r -> links.link(r, r)).toList()));
        }
        out.sort(Comparator.comparing(p -> p.title().text()));
        return new ProjectsView(out, usage.publications().size());
    }

    public PublicationsView publications(Lang lang) {
        List<StoredPublication> all = new ArrayList<>(usage.publications());
        all.sort(Comparator.comparing((StoredPublication p) -> String.valueOf(p.form().issued())).reversed()
                .thenComparing(p -> String.valueOf(p.form().title())));
        return new PublicationsView(all.stream().map(p -> new PublicationsView.Publication(entries.entry(p),
                datasets(p.form().datasets(), lang))).toList());
    }

    private List<Link> datasets(List<String> iris, Lang lang) {
        return iris.stream().map(d -> links.link(d, text(usage.titles(d), lang, d))).toList();
    }

    private static void dated(List<ProjectsView.Dated> dates, String key, String day) {
        if (day != null && !day.isBlank()) {
            dates.add(new ProjectsView.Dated(key, day.length() > 10 ? day.substring(0, 10) : day));
        }
    }

    private static String text(Map<String, String> texts, Lang lang, String otherwise) {
        return UsageSection.best(texts, lang).orElse(otherwise);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

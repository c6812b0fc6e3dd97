package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.usage.DatasetReuse;
import fr.hdh.catalog.core.usage.PublicationForm;
import fr.hdh.catalog.core.usage.StoredProject;
import fr.hdh.catalog.core.usage.StoredPublication;
import fr.hdh.catalog.core.usage.UsageService;
import fr.hdh.catalog.web.page.view.DatasetView;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.Link;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dataset's reuse as its page shows it: how many projects and publications, by year, the publications
 * (each a link to its DOI) and the projects (each a link to its page). Empty when nothing reused it.
 */
public final class UsageSection {
    /** Authors shown before "et al.". */
    static final int AUTHORS_SHOWN = 3;

    private final UsageService usage;
    private final LocalLinks links;

    public UsageSection(UsageService usage, LocalLinks links) {
        this.usage = usage;
        this.links = links;
    }

    public Optional<DatasetView.Usage> of(String dataset, Lang lang) {
        DatasetReuse reuse = usage.reuse(dataset);
        if (reuse.total() == 0) {
            return Optional.empty();
        }
        List<DatasetView.Publication> publications = usage.publicationsCiting(dataset).stream().map(this::entry).toList();
        List<Link> projects = usage.projectsUsing(dataset).stream().map(p -> project(p, lang)).toList();
        List<DatasetView.Year> years = reuse.byYear().stream()
                .map(y -> new DatasetView.Year(y.year(), y.projects(), y.publications())).toList();
        return Optional.of(new DatasetView.Usage(reuse.projects(), reuse.publications(), years, publications, projects));
    }

    /** A publication as a list shows it: title (a link to its DOI), first authors, year, venue, DOI. */
    DatasetView.Publication entry(StoredPublication p) {
        PublicationForm f = p.form();
        Link title = p.doiLink().map(href -> links.link(href, f.title())).orElseGet(() -> links.record(p.iri(), f.title()));
        List<String> authors = f.authors();
        String shown = String.join(", ", authors.subList(0, Math.min(AUTHORS_SHOWN, authors.size())))
                + (authors.size() > AUTHORS_SHOWN ? " et al." : "");
        return new DatasetView.Publication(title, shown, Optional.ofNullable(f.issued()).map(i -> i.length() >= 4 ? i.substring(0, 4) : i).orElse(""),
                Optional.ofNullable(f.venue()).orElse(""), Optional.ofNullable(f.doi()).orElse(""));
    }

    private Link project(StoredProject p, Lang lang) {
        return links.link(p.iri(), best(p.form().title(), lang).orElse(p.form().id()));
    }

    /** The text in the reader's language, else the other, else any. */
    static Optional<String> best(Map<String, String> texts, Lang lang) {
        String t = texts.getOrDefault(lang.tag(), texts.get(lang.other().tag()));
        return Optional.ofNullable(t != null ? t : texts.values().stream().findFirst().orElse(null));
    }
}

package fr.hdh.catalog.web.site;

import fr.hdh.catalog.core.usage.UsageService;
import fr.hdh.catalog.web.page.HomePage;
import fr.hdh.catalog.web.page.view.Lang;
import java.util.List;
import java.util.Map;

/** The datasets the most projects and publications used, with their title in the reader's language (else the other, else any). */
final class MostReused {
    /** How many the home page shows. */
    static final int SHOWN = 5;

    private final UsageService usage;

    MostReused(UsageService usage) {
        this.usage = usage;
    }

    List<HomePage.Reused> list(Lang lang) {
        return usage.ranking(SHOWN).stream().map(r -> new HomePage.Reused(r.dataset(), title(r.dataset(), lang),
                r.projects(), r.publications())).toList();
    }

    private String title(String dataset, Lang lang) {
        Map<String, String> titles = usage.titles(dataset);
        String t = titles.getOrDefault(lang.tag(), titles.get(lang.other().tag()));
        return t != null ? t : titles.values().stream().findFirst().orElse(dataset);
    }
}

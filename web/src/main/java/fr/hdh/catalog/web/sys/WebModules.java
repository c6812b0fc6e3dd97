package fr.hdh.catalog.web.sys;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.form.FormWebModule;
import fr.hdh.catalog.web.harvest.HarvestWebModule;
import fr.hdh.catalog.web.harvest.HarvestWebSettings;
import fr.hdh.catalog.web.indicators.IndicatorsWebModule;
import fr.hdh.catalog.web.mapping.MappingWebModule;
import fr.hdh.catalog.web.sample.SampleWebModule;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.server.WebModule;
import fr.hdh.catalog.web.site.SiteWebModule;
import fr.hdh.catalog.web.stats.StatisticsWebModule;
import fr.hdh.catalog.web.usage.UsageWebModule;
import fr.hdh.catalog.web.vocabimport.VocabularyImportWebModule;
import fr.hdh.catalog.web.vocabulary.VocabularyWebModule;
import fr.hdh.catalog.web.write.WriteWebModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every part of the web interface, in the order they are plugged into the server. */
public final class WebModules {
    /**
     * The admin token for write and admin endpoints, taken from the environment (not an option, so it
     * never shows in a process list). Without it, those endpoints answer 403.
     */
    public static final String ADMIN_TOKEN_VARIABLE = "HDH_ADMIN_TOKEN";

    private WebModules() {}

    /** Every part, with no harvest files folder (the admin API then adds URLs only). */
    public static List<WebModule> all(Catalog catalog) {
        return all(catalog, Optional.empty());
    }

    /** Every part; {@code harvestFiles} is the folder whose files the admin API may add as harvest sources. */
    public static List<WebModule> all(Catalog catalog, Optional<Path> harvestFiles) {
        Path sources = catalog.config().dataDir().orElse(Path.of(System.getProperty("java.io.tmpdir")));
        HarvestWebSettings harvest = HarvestWebSettings.of(sources, System.getenv(ADMIN_TOKEN_VARIABLE));
        return List.of(
                new SiteWebModule(catalog),
                new SearchWebModule(catalog),
                new DcatWebModule(catalog),
                new SampleWebModule(catalog),
                new IndicatorsWebModule(catalog),
                new StatisticsWebModule(catalog),
                new HarvestWebModule(catalog, harvestFiles.map(harvest::withHarvestFilesDir).orElse(harvest)),
                new WriteWebModule(catalog, adminToken()),
                new MappingWebModule(catalog, adminToken()),
                new VocabularyWebModule(catalog),
                new VocabularyImportWebModule(catalog, adminToken()),
                new UsageWebModule(catalog, adminToken()),
                new FormWebModule(catalog, adminToken()));
    }

    private static Optional<String> adminToken() {
        return Optional.ofNullable(System.getenv(ADMIN_TOKEN_VARIABLE)).filter(t -> t.trim().length() >= 16);
    }
}

package fr.hdh.catalog.web.sys;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.sample.SampleWebModule;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.server.WebModule;
import java.util.List;

/** Every part of the web interface, in the order they are plugged into the server. */
public final class WebModules {
    private WebModules() {}

    public static List<WebModule> all(Catalog catalog) {
        return List.of(new SearchWebModule(catalog), new DcatWebModule(catalog), new SampleWebModule(catalog));
    }
}

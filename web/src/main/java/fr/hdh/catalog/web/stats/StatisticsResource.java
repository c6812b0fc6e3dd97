package fr.hdh.catalog.web.stats;

import fr.hdh.catalog.web.api.Problems;
import fr.hdh.catalog.web.page.view.Lang;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/statistics?lang=fr|en}: the numbers of the {@code /statistics} page, as JSON: the
 * datasets, and one list per chart of values ({@code key}, {@code label} in {@code lang}, French by
 * default, and {@code count}). Public; computed on each request.
 */
@Path("statistics")
public final class StatisticsResource {
    private final Statistics statistics;

    StatisticsResource(Statistics statistics) {
        this.statistics = statistics;
    }

    /** The JSON shape of the answer: the charts by their ids, in the page's order. */
    public record StatisticsDto(String lang, long datasets, Map<String, List<CatalogueStatistics.Count>> charts) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StatisticsDto get(@QueryParam("lang") String lang) {
        Lang language = lang == null ? Lang.DEFAULT : Lang.byTag(lang).orElseThrow(() -> Problems.exception(
                Response.Status.BAD_REQUEST, "lang must be fr or en, not '" + lang + "'"));
        CatalogueStatistics now = statistics.now(language);
        Map<String, List<CatalogueStatistics.Count>> charts = new LinkedHashMap<>();
        now.breakdowns().forEach(b -> charts.put(b.chart().id(), b.counts()));
        return new StatisticsDto(language.tag(), now.datasets(), charts);
    }
}

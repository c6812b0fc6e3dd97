package fr.hdh.catalog.web.usage;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.usage.DatasetReuse;
import fr.hdh.catalog.core.usage.RankedDataset;
import fr.hdh.catalog.web.api.Problems;
import jakarta.inject.Inject;
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
 * Reuse indicators: {@code GET /api/reuse?dataset=IRI|id} (projects and publications of one dataset, in
 * all and by year) and {@code GET /api/reuse/ranking[?limit=10]} (the most reused datasets, at most 100).
 */
@Path("reuse")
@Produces(MediaType.APPLICATION_JSON)
public final class ReuseResource {
    static final int MAX_LIMIT = 100;

    @Inject
    Catalog catalog;

    @GET
    public Map<String, Object> reuse(@QueryParam("dataset") String dataset) {
        if (dataset == null || dataset.isBlank()) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "Say which dataset: ?dataset=IRI or its id");
        }
        DatasetReuse r = catalog.usage().reuse(DatasetParam.iri(catalog, dataset));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataset", r.dataset());
        out.put("projects", r.projects());
        out.put("publications", r.publications());
        out.put("total", r.total());
        out.put("byYear", r.byYear());
        return out;
    }

    @GET
    @Path("ranking")
    public Map<String, Object> ranking(@QueryParam("limit") String limit) {
        int n = limit(limit);
        List<Map<String, Object>> datasets = catalog.usage().ranking(n).stream().map(this::entry).toList();
        return Map.of("limit", n, "datasets", datasets);
    }

    private Map<String, Object> entry(RankedDataset d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataset", d.dataset());
        out.put("title", catalog.usage().titles(d.dataset()));
        out.put("projects", d.projects());
        out.put("publications", d.publications());
        out.put("total", d.total());
        return out;
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return 10;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n < 1 || n > MAX_LIMIT) {
                throw Problems.exception(Response.Status.BAD_REQUEST, "limit must be between 1 and " + MAX_LIMIT + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "limit must be a number, not '" + raw + "'");
        }
    }
}

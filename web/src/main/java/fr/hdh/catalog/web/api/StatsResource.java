package fr.hdh.catalog.web.api;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogStats;
import fr.hdh.catalog.ontologies.Namespaces;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/stats}: what the catalogue holds, as JSON. */
@Path("stats")
public final class StatsResource {
    private final Catalog catalog;

    @Inject
    public StatsResource(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The JSON shape of the answer. */
    public record StatsDto(long records, long triples, Map<String, Long> classes) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StatsDto stats() {
        CatalogStats stats = catalog.stats();
        Map<String, Long> classes = new LinkedHashMap<>();
        stats.classCounts().forEach((iri, n) -> classes.put(Namespaces.shortForm(iri), n));
        return new StatsDto(stats.records(), stats.triples(), classes);
    }
}

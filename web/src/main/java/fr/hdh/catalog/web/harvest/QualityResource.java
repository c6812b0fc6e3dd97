package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.quality.DatasetQuality;
import fr.hdh.catalog.core.quality.QualitySummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/quality}: the metadata quality the harvests measured, as JSON (public), for producers and
 * dashboards that would rather read it than look at {@code /quality}.
 * <ul>
 *   <li>{@code GET /api/quality} — per source: datasets, mean score, the spread over ten bands, the
 *       indicators that cost points and on how many datasets;</li>
 *   <li>{@code GET /api/quality/dataset?iri=IRI} — one dataset: its score, the run that measured it, and
 *       each indicator's points out of its maximum (404 when nothing measured it).</li>
 * </ul>
 */
@Path("quality")
@Produces(MediaType.APPLICATION_JSON)
public final class QualityResource {
    private final Catalog catalog;

    QualityResource(Catalog catalog) {
        this.catalog = catalog;
    }

    @GET
    public List<QualitySummary> sources() {
        return catalog.quality().sources();
    }

    @GET
    @Path("dataset")
    public DatasetQualityDto dataset(@QueryParam("iri") String iri) {
        if (iri == null || iri.isBlank() || !(iri.startsWith("http://") || iri.startsWith("https://"))) {
            throw AdminGuard.refused(Response.Status.BAD_REQUEST, "iri must be the http(s) IRI of a dataset, e.g. "
                    + "?iri=" + catalog.iris().dataset("pmsi-mco"));
        }
        return catalog.quality().dataset(iri).map(DatasetQualityDto::of).orElseThrow(() ->
                AdminGuard.refused(Response.Status.NOT_FOUND, "No quality measurement for <" + iri + ">: it is not "
                        + "a dataset of this catalogue, or no harvest has measured it yet."));
    }

    /** The JSON shape of one dataset's quality. */
    public record DatasetQualityDto(int score, int maxScore, String measuredBy, List<DatasetQuality.Indicator> indicators) {
        static DatasetQualityDto of(DatasetQuality q) {
            return new DatasetQualityDto(q.score(), q.maxScore(), q.run().orElse(null), q.indicators());
        }
    }
}

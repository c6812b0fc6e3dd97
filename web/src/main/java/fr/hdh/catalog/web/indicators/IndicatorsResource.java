package fr.hdh.catalog.web.indicators;

import fr.hdh.catalog.core.indicators.IndicatorResult;
import fr.hdh.catalog.core.indicators.Indicators;
import fr.hdh.catalog.web.api.Problems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.List;

/**
 * {@code /api/indicators}: the plan's performance indicators, computed on each request (public).
 * <ul>
 *   <li>{@code GET /api/indicators} — every indicator: id, names and definition (FR/EN), unit, value,
 *       targets by year, the note when the value is 0 or absent, the query; JSON, or CSV by
 *       {@code Accept: text/csv} or {@code ?format=csv};</li>
 *   <li>{@code GET /api/indicators/{id}} — one indicator, with its breakdown (404 for an unknown id).</li>
 * </ul>
 */
@Path("indicators")
public final class IndicatorsResource {
    static final MediaType CSV = new MediaType("text", "csv", "utf-8");
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, CSV).build();

    private final Indicators indicators;

    IndicatorsResource(Indicators indicators) {
        this.indicators = indicators;
    }

    @GET
    public Response all(@QueryParam("format") String format, @Context Request request) {
        return answer(indicators.all(), format, request);
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id, @QueryParam("format") String format, @Context Request request) {
        MediaType type = type(format, request);
        IndicatorResult result = indicators.one(id).orElseThrow(() -> Problems.exception(Response.Status.NOT_FOUND,
                "No indicator '" + id + "'. The indicators are: " + String.join(", ",
                        indicators.definitions().stream().map(i -> i.id()).toList()) + "."));
        return type.equals(CSV) ? csv(List.of(result)) : Response.ok(IndicatorDto.of(result), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Response answer(List<IndicatorResult> results, String format, Request request) {
        MediaType type = type(format, request);
        return type.equals(CSV) ? csv(results)
                : Response.ok(results.stream().map(IndicatorDto::of).toList(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** {@code ?format=} first (json or csv), else the Accept header; JSON when nothing says otherwise. */
    private static MediaType type(String format, Request request) {
        if (format != null) {
            return switch (format) {
                case "csv" -> CSV;
                case "json" -> MediaType.APPLICATION_JSON_TYPE;
                default -> throw Problems.exception(Response.Status.BAD_REQUEST,
                        "format must be json or csv, not '" + format + "'");
            };
        }
        Variant chosen = request.selectVariant(VARIANTS);
        if (chosen == null) {
            throw Problems.exception(Response.Status.NOT_ACCEPTABLE,
                    "The indicators are served as application/json or text/csv (or ?format=csv)");
        }
        return chosen.getMediaType();
    }

    private static Response csv(List<IndicatorResult> results) {
        return Response.ok(IndicatorsCsv.write(results), CSV)
                .header("Content-Disposition", "inline; filename=\"indicators.csv\"").build();
    }
}

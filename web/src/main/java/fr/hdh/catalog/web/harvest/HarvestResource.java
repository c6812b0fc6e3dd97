package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.run.RunLog;
import fr.hdh.catalog.harvest.run.RunReport;
import fr.hdh.catalog.harvest.source.SourceRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * {@code /api/harvest}: the runs (public), and the sources (admin: bearer token, checked by
 * {@link AdminTokenFilter} before a request body is read).
 * <ul>
 *   <li>{@code GET runs?source=ID&limit=N} — runs newest first, with counts and rejections; {@code limit} from 1,
 *       50 by default, capped at {@value #MAX_RUNS}; no server folder shown ({@link RunDto});</li>
 *   <li>{@code GET sources}, {@code POST sources} (JSON {@link SourceDto}: an http(s) URL, or a file of the harvest
 *       files folder, {@link SourceLocations}), {@code DELETE sources/ID};</li>
 *   <li>{@code POST sources/ID/run} — queued (202); with {@code ?wait=true} the run's report (200).</li>
 * </ul>
 */
@Path("harvest")
@Produces(MediaType.APPLICATION_JSON)
public final class HarvestResource {
    /** The most runs one {@code GET runs} lists: a larger {@code limit} is capped, with a {@code Warning}. */
    static final int MAX_RUNS = 200;

    private final RunLog runs;
    private final SourceRegistry sources;
    private final HarvestScheduler scheduler;
    private final SourceLocations locations;

    @Inject
    public HarvestResource(RunLog runs, SourceRegistry sources, HarvestScheduler scheduler, SourceLocations locations) {
        this.runs = runs;
        this.sources = sources;
        this.scheduler = scheduler;
        this.locations = locations;
    }

    @GET
    @Path("runs")
    public Response runs(@QueryParam("source") String source, @QueryParam("limit") @DefaultValue("50") String limit) {
        int n;
        try {
            n = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw AdminGuard.refused(Response.Status.BAD_REQUEST, "limit must be a whole number (at most " + MAX_RUNS
                    + " runs are listed), not '" + limit + "'");
        }
        if (n < 1) {
            throw AdminGuard.refused(Response.Status.BAD_REQUEST, "limit must be at least 1");
        }
        List<RunDto> listed = runs.runs(Optional.ofNullable(source).filter(s -> !s.isBlank()), Math.min(n, MAX_RUNS))
                .stream().map(RunDto::of).toList();
        Response.ResponseBuilder answer = Response.ok(listed);
        if (n > MAX_RUNS) {
            // As /catalog caps its pageSize: the answer is given, and says it was cut.
            answer.header("Warning", "299 - \"limit " + n + " capped to " + MAX_RUNS + "\"");
        }
        return answer.build();
    }

    @GET
    @Path("sources")
    @AdminOnly
    public List<SourceDto> sources() {
        return sources.list().stream().map(SourceDto::of).toList();
    }

    @POST
    @Path("sources")
    @AdminOnly
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public Response add(SourceDto dto) {
        HarvestSource source = toSource(dto);
        if (sources.find(source.id()).isPresent()) {
            throw AdminGuard.refused(Response.Status.CONFLICT, "A source named '" + source.id() + "' exists already");
        }
        sources.add(source);
        scheduler.schedule(source);
        return Response.status(Response.Status.CREATED).entity(SourceDto.of(source)).build();
    }

    @DELETE
    @Path("sources/{id}")
    @AdminOnly
    public Response remove(@PathParam("id") String id) {
        if (!sources.remove(id)) {
            throw AdminGuard.refused(Response.Status.NOT_FOUND, "No source named '" + id + "'");
        }
        scheduler.unschedule(id);
        return Response.noContent().build();
    }

    @POST
    @Path("sources/{id}/run")
    @AdminOnly
    public Response run(@PathParam("id") String id, @QueryParam("wait") @DefaultValue("false") boolean wait) {
        HarvestSource source = sources.find(id)
                .orElseThrow(() -> AdminGuard.refused(Response.Status.NOT_FOUND, "No source named '" + id + "'"));
        Future<RunReport> run = scheduler.runNow(source);
        if (!wait) {
            return Response.accepted(java.util.Map.of("queued", id)).build();
        }
        try {
            return Response.ok(RunDto.of(run.get())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AdminGuard.refused(Response.Status.SERVICE_UNAVAILABLE, "interrupted while waiting for the run");
        } catch (ExecutionException e) {
            throw AdminGuard.refused(Response.Status.INTERNAL_SERVER_ERROR, "the run failed: " + e.getCause());
        }
    }

    private HarvestSource toSource(SourceDto dto) {
        if (dto == null || dto.id() == null || dto.type() == null || dto.location() == null) {
            throw AdminGuard.refused(Response.Status.BAD_REQUEST, "A source needs an id, a type and a location");
        }
        try {
            Optional<Duration> interval = Optional.ofNullable(dto.interval()).map(Duration::parse);
            if (interval.isPresent() && interval.get().compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException("The interval must be at least one minute");
            }
            return new HarvestSource(dto.id(), SourceType.fromCliName(dto.type()), locations.checked(dto.location()), interval,
                    dto.allowedHosts() == null ? Set.of() : Set.copyOf(dto.allowedHosts()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw AdminGuard.refused(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }
}

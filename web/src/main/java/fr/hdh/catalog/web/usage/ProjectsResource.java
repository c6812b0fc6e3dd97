package fr.hdh.catalog.web.usage;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.RecordNotFoundException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.record.ChangeSummary;
import fr.hdh.catalog.core.usage.ProjectForm;
import fr.hdh.catalog.core.usage.StoredProject;
import fr.hdh.catalog.harvest.usage.UsageFiles;
import fr.hdh.catalog.web.api.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The public directory of projects:
 * <ul>
 * <li>{@code GET /api/projects[?dataset=IRI|id]} — every live project (those using a dataset);</li>
 * <li>{@code POST /api/projects} — one project or an array as JSON, or a CSV file ({@code text/csv}): all or none (201);</li>
 * <li>{@code GET|PUT|DELETE /api/projects/{id}} — one project; {@code PUT} creates or replaces it from JSON;
 * {@code DELETE} withdraws it (kept, flagged, no longer listed or counted).</li>
 * </ul>
 */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectsResource {
    private static final String ACCEPTED = "application/json or text/csv";

    @Inject
    Catalog catalog;
    @Inject
    UsageAccess access;

    @GET
    public Map<String, Object> list(@QueryParam("dataset") String dataset) {
        List<StoredProject> projects = dataset == null || dataset.isBlank() ? catalog.usage().projects()
                : catalog.usage().projectsUsing(DatasetParam.iri(catalog, dataset));
        return Map.of("total", projects.size(), "projects", projects.stream().map(ProjectDto::of).toList());
    }

    @POST
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) throws IOException {
        RecordSource source = access.projectWriter(authorization);
        UsageFiles.Format format = Bodies.format(contentType, ACCEPTED);
        List<ProjectForm> forms = UsageFiles.projects(Bodies.text(body), format, "request body");
        if (forms.isEmpty()) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "The body holds no project");
        }
        ChangeSummary changes = catalog.usage().putProjects(forms, source);
        List<String> ids = forms.stream().map(ProjectForm::id).toList();
        Response.ResponseBuilder created = Response.status(Response.Status.CREATED);
        if (ids.size() == 1) {
            created.location(URI.create("projects/" + ids.get(0)));
        }
        return created.entity(Map.of("projects", ids, "changes", Changes.of(changes))).build();
    }

    @GET
    @Path("{id}")
    public ProjectDto read(@PathParam("id") String id) {
        return catalog.usage().project(id).map(ProjectDto::of)
                .orElseThrow(() -> new RecordNotFoundException(catalog.iris().project(id)));
    }

    @PUT
    @Path("{id}")
    public ProjectDto replace(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                              @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                              @PathParam("id") String id, InputStream body) throws IOException {
        RecordSource source = access.projectWriter(authorization);
        if (Bodies.format(contentType, "application/json") != UsageFiles.Format.JSON) {
            throw Problems.exception(Response.Status.UNSUPPORTED_MEDIA_TYPE, "PUT takes one project as application/json");
        }
        List<ProjectForm> forms = UsageFiles.projects(Bodies.text(body), UsageFiles.Format.JSON, "request body");
        if (forms.size() != 1) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "PUT takes one project (a JSON object), not " + forms.size());
        }
        ProjectForm form = forms.get(0);
        if (form.id() != null && !form.id().equals(id)) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "The body's id '" + form.id() + "' is not the path's '" + id + "'");
        }
        catalog.usage().putProject(form.withId(id), source);
        return read(id);
    }

    @DELETE
    @Path("{id}")
    public Response withdraw(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        RecordSource source = access.projectWriter(authorization);
        catalog.usage().withdrawProject(id, source);
        return Response.noContent().build();
    }
}

package fr.hdh.catalog.web.usage;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.usage.PublicationForm;
import fr.hdh.catalog.core.usage.StoredPublication;
import fr.hdh.catalog.core.usage.UsageService;
import fr.hdh.catalog.harvest.usage.UsageFiles;
import fr.hdh.catalog.web.api.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Publications that used catalogued data:
 * <ul>
 * <li>{@code GET /api/publications[?dataset=IRI|id][&doi=DOI]} — every live publication, those citing a
 * dataset (the latest first), or the one of a DOI (404 when none);</li>
 * <li>{@code POST /api/publications[?dataset=…]} — JSON (one object or an array), CSV, BibTeX, RIS or Crossref
 * JSON by Content-Type; each {@code dataset} parameter is added to every entry's datasets. Entries of one
 * DOI are merged, with each other and with the publication stored; all are written or none (201).</li>
 * </ul>
 */
@Path("publications")
@Produces(MediaType.APPLICATION_JSON)
public final class PublicationsResource {
    @Inject
    Catalog catalog;
    @Inject
    UsageAccess access;

    @GET
    public Map<String, Object> list(@QueryParam("dataset") String dataset, @QueryParam("doi") String doi) {
        if (doi != null && !doi.isBlank()) {
            StoredPublication one = catalog.usage().publication(doi).orElseThrow(() ->
                    Problems.exception(Response.Status.NOT_FOUND, "No publication of DOI " + doi));
            return Map.of("total", 1, "publications", List.of(PublicationDto.of(one)));
        }
        List<StoredPublication> publications = dataset == null || dataset.isBlank() ? catalog.usage().publications()
                : catalog.usage().publicationsCiting(DatasetParam.iri(catalog, dataset));
        return Map.of("total", publications.size(), "publications", publications.stream().map(PublicationDto::of).toList());
    }

    @POST
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @QueryParam("dataset") List<String> datasets, InputStream body) throws IOException {
        RecordSource source = access.publicationWriter(authorization);
        UsageFiles.Format format = Bodies.format(contentType, UsageFiles.Format.mediaTypes());
        List<PublicationForm> forms = UsageFiles.publications(Bodies.text(body), format, "request body").stream()
                .map(f -> f.citing(datasets)).toList();
        if (forms.isEmpty()) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "The body holds no publication");
        }
        UsageService.Imported imported = catalog.usage().putPublications(forms, source);
        return Response.status(Response.Status.CREATED).entity(Map.of("publications", imported.publications(),
                "entries", imported.entries(), "changes", Changes.of(imported.changes()))).build();
    }
}

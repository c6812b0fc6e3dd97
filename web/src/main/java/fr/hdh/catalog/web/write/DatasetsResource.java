package fr.hdh.catalog.web.write;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.record.DatasetWorkflow;
import fr.hdh.catalog.core.record.RecordVersion;
import fr.hdh.catalog.core.record.VersionDiff;
import fr.hdh.catalog.web.account.Authenticator;
import fr.hdh.catalog.web.api.Problems;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The producers' write API for dataset records. Each request checks its token before reading the body,
 * parses the body whole, calls one workflow step and answers the version it made:
 * <ul>
 * <li>{@code POST /api/datasets} — a new record, version 1, a draft (201, {@code Location}, {@code ETag}), as RDF
 * or as the plain JSON form;</li>
 * <li>{@code GET /api/datasets/{id}} — the latest version's content, with its {@code ETag};</li>
 * <li>{@code PUT /api/datasets/{id}} — a new version; {@code If-Match} required (428), stale 412;</li>
 * <li>{@code POST .../submit}, {@code .../publish}, {@code .../withdraw} — workflow steps;
 * {@code POST .../confirm} — the producer certifies the published record is still right;</li>
 * <li>{@code GET .../history}, {@code .../versions/{n}}, {@code .../diff?from=&to=}, {@code POST .../restore?version=}.</li>
 * </ul>
 */
@Path("datasets")
@Produces(MediaType.APPLICATION_JSON)
public final class DatasetsResource {
    static final String MESSAGE_HEADER = "X-Change-Message";

    @Inject
    Authenticator authenticator;
    @Inject
    Catalog catalog;

    @POST
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam(MESSAGE_HEADER) String message, InputStream body) throws IOException {
        User caller = authenticator.caller(authorization);
        CatalogRecord record = RecordBodies.dataset(body, contentType, catalog.iris(), source(caller));
        RecordVersion v = workflow().create(record, caller, Optional.ofNullable(message));
        String id = ids().id(record.iri());
        return Response.created(URI.create("datasets/" + id)).tag(VersionTags.tag(v)).entity(VersionDto.of(id, v)).build();
    }

    @GET
    @Path("{id}")
    @Produces({"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    public Response read(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @HeaderParam(HttpHeaders.ACCEPT) String accept, @PathParam("id") String id) {
        User caller = authenticator.caller(authorization);
        String iri = ids().iri(id);
        workflow().requireRead(iri, caller);
        RecordVersion latest = workflow().history(iri).stream().reduce((a, b) -> b).orElseThrow();
        return rdf(workflow().content(iri, latest.number()), accept).tag(VersionTags.tag(latest)).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @HeaderParam(MESSAGE_HEADER) String message,
                           @PathParam("id") String id, InputStream body) throws IOException {
        User caller = authenticator.caller(authorization);
        String iri = ids().iri(id);
        int basedOn = VersionTags.basedOn(ifMatch);
        CatalogRecord record = RecordBodies.dataset(body, contentType, catalog.iris(), source(caller));
        RecordVersion v = workflow().update(iri, record, basedOn, caller, Optional.ofNullable(message));
        return Response.ok(VersionDto.of(id, v)).tag(VersionTags.tag(v)).build();
    }

    @POST
    @Path("{id}/submit")
    public Response submit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        User caller = authenticator.caller(authorization);
        return answer(id, workflow().submit(ids().iri(id), caller));
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        User caller = authenticator.caller(authorization);
        return answer(id, workflow().publish(ids().iri(id), caller));
    }

    @POST
    @Path("{id}/withdraw")
    public Response withdraw(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        User caller = authenticator.caller(authorization);
        return answer(id, workflow().withdraw(ids().iri(id), caller));
    }

    @POST
    @Path("{id}/confirm")
    public Response confirm(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        User caller = authenticator.caller(authorization);
        workflow().confirm(ids().iri(id), caller);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/restore")
    public Response restore(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
                            @QueryParam("version") Integer version) {
        User caller = authenticator.caller(authorization);
        if (version == null) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "Say which version to restore: ?version=N");
        }
        return answer(id, workflow().restore(ids().iri(id), version, caller));
    }

    @GET
    @Path("{id}/history")
    public List<VersionDto> history(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        User caller = authenticator.caller(authorization);
        workflow().requireRead(ids().iri(id), caller);
        return workflow().history(ids().iri(id)).stream().map(v -> VersionDto.of(id, v)).toList();
    }

    @GET
    @Path("{id}/versions/{n}")
    @Produces({"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    public Response version(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @HeaderParam(HttpHeaders.ACCEPT) String accept, @PathParam("id") String id,
                            @PathParam("n") int n) {
        User caller = authenticator.caller(authorization);
        workflow().requireRead(ids().iri(id), caller);
        return rdf(workflow().content(ids().iri(id), n), accept).build();
    }

    @GET
    @Path("{id}/diff")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response diff(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @HeaderParam(HttpHeaders.ACCEPT) String accept, @PathParam("id") String id,
                         @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        User caller = authenticator.caller(authorization);
        workflow().requireRead(ids().iri(id), caller);
        if (from == null || to == null) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "Say which versions to compare: ?from=N&to=M");
        }
        VersionDiff diff = workflow().diff(ids().iri(id), from, to);
        boolean text = accept != null && accept.contains(MediaType.TEXT_PLAIN) && !accept.contains(MediaType.APPLICATION_JSON);
        return text ? Response.ok(diff.toText(), MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8")).build()
                : Response.ok(diff, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Response answer(String id, RecordVersion v) {
        return Response.ok(VersionDto.of(id, v)).tag(VersionTags.tag(v)).build();
    }

    private DatasetWorkflow workflow() {
        return catalog.workflow();
    }

    private DatasetIds ids() {
        return new DatasetIds(catalog.iris().base());
    }

    private static RecordSource source(User caller) {
        return new RecordSource("api:datasets", caller.name());
    }

    private static Response.ResponseBuilder rdf(Graph graph, String accept) {
        Lang lang = accept != null && accept.contains("ld+json") ? Lang.JSONLD
                : accept != null && accept.contains("rdf+xml") ? Lang.RDFXML
                : accept != null && accept.contains("n-triples") ? Lang.NTRIPLES : Lang.TURTLE;
        StreamingOutput out = stream -> RDFDataMgr.write(stream, graph, lang);
        return Response.ok(out, lang.getHeaderString() + ";charset=utf-8");
    }
}

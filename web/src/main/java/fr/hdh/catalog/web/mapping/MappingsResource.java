package fr.hdh.catalog.web.mapping;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.vocab.mapping.MappingCandidates;
import fr.hdh.catalog.vocab.mapping.MappingQuery;
import fr.hdh.catalog.vocab.mapping.MappingSet;
import fr.hdh.catalog.vocab.mapping.MappingSets;
import fr.hdh.catalog.vocab.mapping.MappingStatus;
import fr.hdh.catalog.web.account.Curators;
import fr.hdh.catalog.web.api.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/mappings}: the catalogue's SSSOM mapping sets. {@code GET} answers the mappings asked for
 * (one set, or every set joined; narrowed by subject, predicate, object and status) as SSSOM TSV with its
 * YAML header, SSSOM JSON or a FHIR R4 ConceptMap, as {@code Accept} says; {@code POST} stores a set sent
 * in any of the three (curators and admins; a malformed one is a 400 naming the line and column, and
 * nothing is written); {@code POST /review} accepts or rejects one mapping; {@code GET /candidates}
 * ranks the standard targets for a variable by label similarity.
 */
@Path("mappings")
public final class MappingsResource {
    @Inject
    Catalog catalog;
    @Inject
    MappingSets sets;
    @Inject
    MappingCandidates candidates;
    @Inject
    Curators curators;

    @GET
    @Produces(MappingBodies.TSV + ";qs=1")
    public Response tsv(@QueryParam("set") String set, @QueryParam("subject") String subject,
            @QueryParam("predicate") String predicate, @QueryParam("object") String object, @QueryParam("status") String status) {
        return Response.ok(MappingBodies.tsv(select(set, subject, predicate, object, status)), MappingBodies.TSV + "; charset=utf-8")
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";qs=0.9")
    public String json(@QueryParam("set") String set, @QueryParam("subject") String subject,
            @QueryParam("predicate") String predicate, @QueryParam("object") String object, @QueryParam("status") String status) {
        return MappingBodies.json(select(set, subject, predicate, object, status));
    }

    @GET
    @Produces(MappingBodies.FHIR_JSON + ";qs=0.8")
    public String conceptMap(@QueryParam("set") String set, @QueryParam("subject") String subject,
            @QueryParam("predicate") String predicate, @QueryParam("object") String object, @QueryParam("status") String status) {
        return MappingBodies.conceptMap(select(set, subject, predicate, object, status));
    }

    @GET
    @Produces(MappingBodies.FHIR_XML + ";qs=0.7")
    public String conceptMapXml(@QueryParam("set") String set, @QueryParam("subject") String subject,
            @QueryParam("predicate") String predicate, @QueryParam("object") String object, @QueryParam("status") String status) {
        return MappingBodies.conceptMapXml(select(set, subject, predicate, object, status));
    }

    /** What a stored set is: its record IRI, its id and how many mappings it holds. */
    public record StoredDto(String set, String mappingSetId, int mappings) {}

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) throws IOException {
        User caller = curators.curator(authorization, "mappings are written");
        MappingSet set = MappingBodies.read(new String(body.readAllBytes(), StandardCharsets.UTF_8), contentType);
        String iri = sets.put(set, new RecordSource("api:mappings", caller.name()));
        return Response.created(URI.create("mappings?set=" + URLEncoder.encode(iri, StandardCharsets.UTF_8)))
                .entity(new StoredDto(iri, set.id(), set.mappings().size())).build();
    }

    /** A reviewer's decision on one mapping. */
    public record ReviewRequest(String mapping, String decision, String comment) {}

    /** The mapping as it now reads. */
    public record ReviewDto(String set, String mapping, String status, Map<String, List<String>> values) {}

    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ReviewDto review(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ReviewRequest request) {
        User caller = curators.curator(authorization, "mappings are written");
        if (request == null || request.mapping() == null || request.mapping().isBlank()) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "mapping: the IRI of the mapping reviewed is missing");
        }
        MappingStatus status = switch (request.decision() == null ? "" : request.decision().strip().toLowerCase(Locale.ROOT)) {
            case "accept", "reviewed" -> MappingStatus.REVIEWED;
            case "reject", "rejected" -> MappingStatus.REJECTED;
            default -> throw Problems.exception(Response.Status.BAD_REQUEST,
                    "decision: 'accept' or 'reject', not '" + request.decision() + "'");
        };
        MappingSets.Review r = sets.review(request.mapping().strip(), status, catalog.iris().agent(caller.name()),
                Optional.ofNullable(request.comment()), new RecordSource("api:mappings/review", caller.name()));
        return new ReviewDto(r.setIri(), request.mapping().strip(), status.value(), r.mapping().values());
    }

    @GET
    @Path("candidates")
    @Produces(MediaType.APPLICATION_JSON)
    public MappingCandidates.Candidates candidates(@QueryParam("variable") String variable, @QueryParam("targets") String targets,
            @QueryParam("limit") Integer limit) {
        if (variable == null || variable.isBlank()) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "variable: the IRI of the variable (or concept) to map is missing");
        }
        MappingCandidates.Targets among = switch (targets == null ? "all" : targets.strip().toLowerCase(Locale.ROOT)) {
            case "all", "" -> MappingCandidates.Targets.ALL;
            case "fields" -> MappingCandidates.Targets.FIELDS;
            case "concepts" -> MappingCandidates.Targets.CONCEPTS;
            default -> throw Problems.exception(Response.Status.BAD_REQUEST, "targets: fields, concepts or all, not '" + targets + "'");
        };
        return candidates.candidates(variable.strip(), among, limit == null ? 10 : limit);
    }

    private MappingSet select(String set, String subject, String predicate, String object, String status) {
        Optional<MappingStatus> wanted = Optional.ofNullable(status).filter(s -> !s.isBlank()).map(s -> MappingStatus.of(s)
                .orElseThrow(() -> Problems.exception(Response.Status.BAD_REQUEST,
                        "status: proposed, reviewed or rejected, not '" + s + "'")));
        return sets.select(new MappingQuery(given(set), given(subject), given(predicate), given(object), wanted));
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}

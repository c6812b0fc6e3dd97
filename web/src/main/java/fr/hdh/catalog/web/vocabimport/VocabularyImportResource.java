package fr.hdh.catalog.web.vocabimport;

import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.vocab.scheme.SchemeVersions;
import fr.hdh.catalog.web.account.Curators;
import fr.hdh.catalog.web.api.Problems;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/vocabularies}: loads one version of a concept scheme from the body, a FHIR R4 CodeSystem
 * ({@code application/fhir+json}, {@code application/fhir+xml}), a CSV code list ({@code text/csv}) or SKOS
 * ({@code text/turtle}, {@code application/rdf+xml}, {@code application/ld+json}); {@code ?scheme=},
 * {@code ?version=}, {@code ?title=}, {@code ?language=} as {@link VocabularyImports.Request} says. Answers
 * 201 with the scheme as {@code Location}; a malformed body is a 400 naming the line and column or the
 * FHIR path, and nothing is written; curators and admins only. Only {@code POST} lives here: Jersey
 * merges this class with the reading resource of the same path.
 */
@Path("vocabularies")
public final class VocabularyImportResource {
    @Inject
    VocabularyImports imports;
    @Inject
    Curators curators;

    /**
     * What a load did: the scheme, the version now current, its graph, how many concepts, every version graph
     * kept, and what of the file was left out and why.
     */
    public record LoadedDto(String scheme, String version, String versionGraph, String change, int concepts,
                            List<String> versionGraphs, List<String> notes) {}

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @QueryParam("scheme") String scheme,
            @QueryParam("version") String version, @QueryParam("title") String title,
            @QueryParam("language") String language, InputStream body) throws IOException {
        User caller = curators.curator(authorization, "vocabularies are loaded");
        VocabularyFormat format = format(contentType);
        VocabularyImports.Request request = new VocabularyImports.Request(format, body.readAllBytes(),
                "the " + format.mediaType() + " body", given(scheme), given(version), given(title), given(language));
        SchemeVersions.Loaded loaded = imports.load(request, new RecordSource("api:vocabularies", caller.name()));
        return Response.created(URI.create(loaded.scheme()))
                .entity(new LoadedDto(loaded.scheme(), loaded.version(), loaded.versionGraph(), loaded.change().name(),
                        loaded.concepts(), loaded.versionGraphs(), loaded.notes()))
                .build();
    }

    private static VocabularyFormat format(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw Problems.exception(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Say what the body is with Content-Type: "
                    + VocabularyFormat.mediaTypes());
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw Problems.exception(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Content-Type is not a media type: " + contentType);
        }
        return VocabularyFormat.ofMediaType(type).orElseThrow(() -> Problems.exception(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                "A vocabulary is posted as " + VocabularyFormat.mediaTypes() + ", not " + contentType));
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}

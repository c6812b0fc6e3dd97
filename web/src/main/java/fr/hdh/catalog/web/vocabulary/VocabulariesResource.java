package fr.hdh.catalog.web.vocabulary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/vocabularies?q=&page=&size=}: the concept schemes of the catalogue, by kind then label,
 * those whose identifier, labels or IRI hold {@code q} (case and accents aside), {@code size} (1–200,
 * default 50) to a page.
 */
@Path("vocabularies")
public final class VocabulariesResource {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    @Inject
    Schemes schemes;

    /** One scheme: its labels by language ({@code fr}, {@code en}, {@code ""} when the label has none). */
    public record VocabularyDto(String iri, String identifier, Map<String, String> labels, long concepts,
                                String version, String publisher, String source, String kind) {
        static VocabularyDto of(SchemeSummary s) {
            Map<String, String> labels = new TreeMap<>();
            s.labelFr().ifPresent(l -> labels.put("fr", l));
            s.labelEn().ifPresent(l -> labels.put("en", l));
            s.label().ifPresent(l -> labels.put("", l));
            return new VocabularyDto(s.iri(), s.identifier().orElse(null), labels, s.concepts(), s.version().orElse(null),
                    s.publisher().orElse(null), s.source().orElse(null), s.kind().id());
        }
    }

    /** The page asked for, the filter and the number of schemes matching it. */
    public record VocabulariesDto(String q, int page, int size, int total, List<VocabularyDto> items) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public VocabulariesDto list(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, DEFAULT_SIZE, MAX_SIZE);
        String filter = q == null ? "" : q.strip();
        Schemes.Page found = schemes.page(filter, paging.page(), paging.size());
        return new VocabulariesDto(filter, found.page(), found.size(), found.total(),
                found.schemes().stream().map(VocabularyDto::of).toList());
    }
}

package fr.hdh.catalog.web.search;

import fr.hdh.catalog.core.search.SearchService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** {@code GET /api/suggest?q=&limit=}: completions of what the user is typing (at most 20, 8 by default). */
@Path("suggest")
public final class SuggestResource {
    private final SearchService search;

    @Inject
    public SuggestResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SearchDtos.SuggestResponse suggest(@Context UriInfo uri) {
        String q = QueryParams.single(uri.getQueryParameters(), "q", "");
        int limit = QueryParams.number(uri.getQueryParameters(), "limit", 8);
        return SearchDtos.SuggestResponse.of(q, search.suggest(q, limit));
    }
}

package fr.hdh.catalog.web.search;

import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /api/search?q=&kind=&producer=&theme=&accessRights=&dataType=&codingSystem=&catalogueEntry=&page=&size=&sort=}:
 * hits with highlighted snippets and facet counts, as JSON.
 */
@Path("search")
public final class SearchResource {
    private final SearchService search;

    @Inject
    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SearchDtos.SearchResponse search(@Context UriInfo uri) {
        SearchQuery query = QueryParams.read(uri.getQueryParameters());
        return SearchDtos.SearchResponse.of(query, search.search(query));
    }
}

package fr.hdh.catalog.web.search;

import fr.hdh.catalog.core.search.InvalidQueryException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/** A search that cannot be answered as asked: 400, as {@code application/problem+json} with the plain reason. */
@Provider
public final class InvalidQueryMapper implements ExceptionMapper<InvalidQueryException> {
    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Response toResponse(InvalidQueryException e) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Invalid search");
        problem.put("status", 400);
        problem.put("detail", e.getMessage());
        return Response.status(Response.Status.BAD_REQUEST).type(PROBLEM_JSON).entity(problem).build();
    }
}

package fr.hdh.catalog.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Answers in {@code application/problem+json} (RFC 9457): a status, a title and the plain reason. */
public final class Problems {
    public static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {}

    /** The response of a problem. */
    public static Response response(Response.Status status, String detail) {
        return response(status, detail, Map.of());
    }

    /** The response of a problem with more members ({@code errors}, say). */
    public static Response response(Response.Status status, String detail, Map<String, Object> more) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.getStatusCode());
        problem.put("detail", detail);
        problem.putAll(more);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }

    /** An exception that answers with the problem. */
    public static WebApplicationException exception(Response.Status status, String detail) {
        return new WebApplicationException(detail, response(status, detail));
    }
}

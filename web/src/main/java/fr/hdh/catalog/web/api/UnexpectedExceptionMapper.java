package fr.hdh.catalog.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every answer of the JSON API is JSON, failures included: an HTTP error Jersey raises without a body (an unknown
 * path 404, a method not allowed 405, an unsupported media type 415…) keeps its status with a problem+json body,
 * and a failure nobody foresaw is a 500 problem+json that names no internals (the stack trace goes to the log).
 * The catalogue's own exceptions have their mapper ({@link CatalogExceptionMapper}); Jersey prefers it, being
 * closer to them.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException web) {
            Response answer = web.getResponse();
            if (answer.hasEntity()) {
                return answer;
            }
            Response.Status status = Response.Status.fromStatusCode(answer.getStatus());
            if (status == null) {
                return answer;
            }
            Response problem = Problems.response(status, detail(status));
            // Keep what the answer said besides its body (Allow on a 405).
            Response.ResponseBuilder out = Response.fromResponse(problem);
            answer.getStringHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> out.header(name, v));
                }
            });
            return out.build();
        }
        LOG.error("An API request failed unexpectedly", e);
        return Problems.response(Response.Status.INTERNAL_SERVER_ERROR,
                "The server could not answer this request because of an unexpected failure, logged on the server. "
                        + "Try again later; if it persists, tell the catalogue's administrators the time of the request.");
    }

    private static String detail(Response.Status status) {
        return switch (status) {
            case NOT_FOUND -> "No API endpoint answers at this path. The endpoints are listed in /openapi.json.";
            case METHOD_NOT_ALLOWED -> "This endpoint does not answer this HTTP method; the Allow header lists those it answers.";
            case UNSUPPORTED_MEDIA_TYPE -> "This endpoint does not read a body of this Content-Type; /openapi.json lists those it reads.";
            case NOT_ACCEPTABLE -> "This endpoint cannot answer in any of the types the Accept header asks for.";
            default -> status.getReasonPhrase();
        };
    }
}

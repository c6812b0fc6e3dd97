package fr.hdh.catalog.web.api;

import fr.hdh.catalog.core.AccessDeniedException;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordNotFoundException;
import fr.hdh.catalog.core.StaleVersionException;
import fr.hdh.catalog.core.WorkflowStateException;
import fr.hdh.catalog.core.account.Accounts;
import fr.hdh.catalog.core.form.InvalidFormException;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import fr.hdh.catalog.core.validation.ValidationReport;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's exceptions as problem+json, one status per family: invalid record or malformed input
 * 400 (with the validation report's findings), refused 403, unknown 404, wrong workflow step 409, stale
 * version 412. Any other catalogue exception is about the request (a name taken, say): 400 with its message.
 */
@Provider
public final class CatalogExceptionMapper implements ExceptionMapper<CatalogException> {
    @Override
    public Response toResponse(CatalogException e) {
        if (e instanceof InvalidRecordException invalid) {
            List<Map<String, String>> errors = invalid.reports().stream().flatMap(r -> findings(r).stream()).toList();
            return Problems.response(Response.Status.BAD_REQUEST, e.getMessage(), Map.of("errors", errors));
        }
        if (e instanceof InvalidFormException form) {
            List<Map<String, String>> errors = form.errors().stream()
                    .map(f -> Map.of("field", f.field(), "message", f.message())).toList();
            return Problems.response(Response.Status.BAD_REQUEST, e.getMessage(), Map.of("errors", errors));
        }
        if (e instanceof MalformedInputException) {
            return Problems.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return Problems.response(Response.Status.FORBIDDEN, e.getMessage());
        }
        if (e instanceof RecordNotFoundException || e instanceof Accounts.UnknownUserException) {
            return Problems.response(Response.Status.NOT_FOUND, e.getMessage());
        }
        if (e instanceof WorkflowStateException) {
            return Problems.response(Response.Status.CONFLICT, e.getMessage());
        }
        if (e instanceof StaleVersionException stale) {
            return Response.fromResponse(Problems.response(Response.Status.PRECONDITION_FAILED, e.getMessage()))
                    .tag(Integer.toString(stale.latest())).build();
        }
        return Problems.response(Response.Status.BAD_REQUEST, e.getMessage());
    }

    private static List<Map<String, String>> findings(ValidationReport report) {
        return report.findings().stream().map(f -> Map.of(
                "focus", f.focusNode(), "path", f.path(), "message", f.message(), "severity", f.severity().name().toLowerCase())).toList();
    }
}

package fr.hdh.catalog.web.sample;

import fr.hdh.catalog.harvest.sample.SyntheticSample;
import fr.hdh.catalog.harvest.sample.UnknownTableException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/sample?table=IRI&rows=100&seed=1}: a synthetic sample of a table of the catalogue, as
 * CSV. 400 names the bad parameter, 404 an unknown table.
 */
@Path("sample")
public final class SampleResource {
    /** The most rows one request may ask for. */
    public static final int MAX_ROWS = 1_000;
    static final int DEFAULT_ROWS = 100;
    static final long DEFAULT_SEED = 1L;

    private final SyntheticSample samples;

    @Inject
    public SampleResource(SyntheticSample samples) {
        this.samples = samples;
    }

    @GET
    public Response sample(@QueryParam("table") String table, @QueryParam("rows") String rows,
                           @QueryParam("seed") String seed) {
        if (table == null || table.isBlank() || !isAbsoluteIri(table)) {
            return problem(400, "Bad request", "The parameter 'table' must be the absolute IRI of a table.");
        }
        Integer rowCount = parseRows(rows);
        if (rowCount == null) {
            return problem(400, "Bad request", "The parameter 'rows' must be a whole number from 1 to " + MAX_ROWS + ".");
        }
        Long seedValue = parseSeed(seed);
        if (seedValue == null) {
            return problem(400, "Bad request", "The parameter 'seed' must be a whole number.");
        }
        try {
            String csv = samples.generate(table, rowCount, seedValue);
            return Response.ok(csv, "text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName(table) + "\"")
                    .build();
        } catch (UnknownTableException e) {
            return problem(404, "Not found", e.getMessage());
        }
    }

    private static Integer parseRows(String rows) {
        if (rows == null) {
            return DEFAULT_ROWS;
        }
        try {
            int n = Integer.parseInt(rows.strip());
            return n >= 1 && n <= MAX_ROWS ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseSeed(String seed) {
        if (seed == null) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isAbsoluteIri(String value) {
        try {
            return URI.create(value).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The table's last path segment, kept to safe characters, as the download's file name. */
    static String fileName(String table) {
        String last = table.substring(table.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return (last.isEmpty() ? "table" : last) + "-synthetic-sample.csv";
    }

    private static Response problem(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return Response.status(status).type("application/problem+json").entity(body).build();
    }
}

package fr.hdh.catalog.web.dcat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Conditional GET: the {@code ETag} (weak: the bytes of a representation may vary while its graph does
 * not) and {@code Last-Modified} of a response, and whether the client's copy is still good (then the
 * answer is 304 with no body).
 *
 * @param etag the entity tag, quoted, with its {@code W/} prefix
 * @param lastModified the latest change behind the response, if known
 */
record Validators(String etag, Optional<Instant> lastModified) {

    /** Validators for a representation of {@code state} chosen by {@code key} (the request and variant). */
    static Validators of(String state, String key, Optional<Instant> lastModified) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((state + "|" + key).getBytes(StandardCharsets.UTF_8));
            return new Validators("W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"", lastModified);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    /** Sets the headers; true when the client's copy is current and a 304 was sent. */
    boolean answerNotModified(HttpServletRequest req, HttpServletResponse resp) {
        resp.setHeader("ETag", etag);
        lastModified.ifPresent(t -> resp.setDateHeader("Last-Modified", t.toEpochMilli()));
        String ifNoneMatch = req.getHeader("If-None-Match");
        boolean current;
        if (ifNoneMatch != null) {
            current = matches(ifNoneMatch);
        } else {
            current = lastModified.isPresent() && notModifiedSince(req);
        }
        if (current) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }

    private boolean matches(String ifNoneMatch) {
        String bare = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals(bare) || c.equals("W/" + bare)) {
                return true;
            }
        }
        return false;
    }

    private boolean notModifiedSince(HttpServletRequest req) {
        long since;
        try {
            since = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return since >= 0 && !lastModified.get().truncatedTo(ChronoUnit.SECONDS).isAfter(Instant.ofEpochMilli(since));
    }
}

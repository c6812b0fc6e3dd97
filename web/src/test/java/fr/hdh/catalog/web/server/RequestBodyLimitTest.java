package fr.hdh.catalog.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /sparql} over HTTP with a body past the limit: refused with 413 and a message naming the
 * limit, whether the body declares its length or comes chunked; a chunked body within the limit is
 * answered as usual.
 */
class RequestBodyLimitTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final long LIMIT = RequestBodyLimit.DEFAULT_MAX_BYTES;
    private static Catalog catalog;
    private static CatalogServer server;

    @BeforeAll
    static void start() {
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), ReferenceLookup.NONE);
        Readiness readiness = new Readiness();
        readiness.ready();
        server = CatalogServer.start(catalog, new CatalogServer.ServerSettings(0, "localhost", Duration.ofSeconds(5)), readiness);
    }

    @AfterAll
    static void stop() {
        server.stop();
        catalog.close();
    }

    @Test
    void sparql_POST_aQueryDeclaredLongerThanTheLimitIs413BeforeAByteIsSent() throws Exception {
        // The body never comes: only a refusal from the declared length can answer.
        assertRefused(RawHttp.exchange(server.port(), head("application/sparql-query", "Content-Length: " + (LIMIT + 1)), new byte[0]));
    }

    @Test
    void sparql_POST_aFormDeclaredLongerThanTheLimitIs413BeforeAByteIsSent() throws Exception {
        assertRefused(RawHttp.exchange(server.port(), head("application/x-www-form-urlencoded", "Content-Length: " + (LIMIT + 1)),
                "query=ASK".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void sparql_POST_aChunkedQueryIsCountedAndRefusedPastTheLimit() throws Exception {
        // One byte past the limit and no last chunk: the refusal comes from the count.
        assertRefused(RawHttp.exchange(server.port(), head("application/sparql-query", "Transfer-Encoding: chunked"),
                RawHttp.chunk(query(LIMIT + 1))));
    }

    @Test
    void sparql_POST_aChunkedFormIsHeldToTheLimitToo() throws Exception {
        byte[] form = ("query=" + new String(query(LIMIT - 5), StandardCharsets.US_ASCII).replace(" ", "+")).getBytes(StandardCharsets.US_ASCII);
        assertRefused(RawHttp.exchange(server.port(), head("application/x-www-form-urlencoded", "Transfer-Encoding: chunked"),
                RawHttp.chunk(form)));
    }

    @Test
    void sparql_POST_aChunkedQueryWithinTheLimitIsAnswered() throws Exception {
        HttpResponse<String> r = post("application/sparql-query", chunked(query(1_000_000)));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"boolean\""), r.body());
    }

    @Test
    void sparql_POST_aChunkedFormWithinTheLimitIsAnsweredWithItsFieldsDecoded() throws Exception {
        String form = "query=" + java.net.URLEncoder.encode("ASK { FILTER(\"é\" = \"\u00e9\") }", StandardCharsets.UTF_8);
        HttpResponse<String> r = post("application/x-www-form-urlencoded", chunked(form.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().replace(" ", "").contains("\"boolean\":true"), r.body());
    }

    @Test
    void sparql_POST_aQueryOfExactlyTheLimitIsAnswered() throws Exception {
        HttpResponse<String> r = post("application/sparql-query", HttpRequest.BodyPublishers.ofByteArray(query(LIMIT)));
        assertEquals(200, r.statusCode(), r.body());
    }

    private static void assertRefused(RawHttp.Answer r) {
        assertEquals(413, r.status(), r.head() + r.body());
        assertTrue(r.body().contains(LIMIT + " bytes") && r.body().contains("10 MiB"), r.body());
        assertTrue(r.head().toLowerCase(java.util.Locale.ROOT).contains("content-type: text/plain"), r.head());
    }

    private static String head(String type, String length) {
        return "POST /sparql HTTP/1.1\r\nHost: localhost\r\nAccept: application/sparql-results+json\r\nContent-Type: " + type
                + "\r\n" + length + "\r\n\r\n";
    }

    /** {@code ASK {}} padded with spaces to {@code size} bytes: valid SPARQL of any length. */
    static byte[] query(long size) {
        byte[] q = new byte[(int) size];
        Arrays.fill(q, (byte) ' ');
        byte[] ask = "ASK {}".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ask, 0, q, 0, ask.length);
        return q;
    }

    /** A body of unknown length, which the client sends chunked. */
    static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(new ByteArrayInputStream(body),
                InputStream.nullInputStream()));
    }

    private static HttpResponse<String> post(String type, HttpRequest.BodyPublisher body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/sparql"))
                .header("Content-Type", type).header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60)).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }
}

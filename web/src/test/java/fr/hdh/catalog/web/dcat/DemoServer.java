package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.page.DemoSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The DCAT tests' view of the shared {@link DemoSite}: the real demo content served under the base IRI
 * {@value #BASE}, which is not the address the server answers on (as in production behind a proxy).
 */
final class DemoServer {
    static final String BASE = "http://test.example/";
    private static DemoServer shared;

    private final DemoSite site;
    final Catalog catalog;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoServer(DemoSite site) {
        this.site = site;
        this.catalog = site.catalog();
    }

    /** The one demo site of the test JVM (see {@link DemoSite}), with the DCAT helpers of these tests. */
    static synchronized DemoServer get() {
        if (shared == null) {
            shared = new DemoServer(DemoSite.get());
        }
        return shared;
    }

    HttpResponse<String> get(String pathAndQuery, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(120)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create(site.url(pathAndQuery));
    }

    /** The path and query of an IRI minted under {@link #BASE}, to ask this server for it. */
    static String local(String iri) {
        if (!iri.startsWith(BASE)) {
            throw new IllegalArgumentException("not under the base IRI: " + iri);
        }
        return "/" + iri.substring(BASE.length());
    }

}

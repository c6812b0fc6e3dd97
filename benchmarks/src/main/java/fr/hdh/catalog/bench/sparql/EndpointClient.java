package fr.hdh.catalog.bench.sparql;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends a query to a SPARQL endpoint (Protocol GET, {@code ?query=}) over HTTP/1.1 with a kept-alive
 * connection, reads the whole answer and times it, from the request sent to the last byte read.
 */
final class EndpointClient {
    /** One timed exchange. */
    record Exchange(int status, int bytes, long nanos) {}

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String endpoint;

    EndpointClient(String endpoint) {
        this.endpoint = endpoint;
    }

    Exchange send(BenchQueries.BenchQuery query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(endpoint + "?query=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8)))
                .header("Accept", query.accept()).timeout(Duration.ofSeconds(60)).GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        return new Exchange(response.statusCode(), response.body().length, nanos);
    }
}

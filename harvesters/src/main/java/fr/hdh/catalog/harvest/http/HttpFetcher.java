package fr.hdh.catalog.harvest.http;

import fr.hdh.catalog.harvest.Fetcher;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * The harvesters' {@link Fetcher} on {@code java.net.http}: every URL (the first and each redirect
 * target) passes the {@link AddressGuard}; 5xx answers and I/O errors are retried with a doubling
 * back-off; 4xx answers fail at once; bodies are read through a size cap, gzip undone.
 *
 * <pre>
 * Fetcher fetcher = new HttpFetcher(FetchPolicy.defaults());
 * byte[] turtle = fetcher.fetch(URI.create("https://example.org/catalog.ttl"), "text/turtle").body();
 * </pre>
 */
public final class HttpFetcher implements Fetcher {
    private final FetchPolicy policy;
    private final AddressGuard guard;
    private final HttpClient client;

    public HttpFetcher(FetchPolicy policy) {
        this.policy = policy;
        this.guard = new AddressGuard(policy);
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Fetched fetch(URI uri, String accept) {
        URI current = uri;
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            guard.check(current);
            HttpResponse<InputStream> response = sendWithRetries(current, accept);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                current = redirectTarget(current, response);
                continue;
            }
            return body(current, response);
        }
        throw new FetchException(uri + ": more than " + policy.maxRedirects() + " redirects", null);
    }

    private HttpResponse<InputStream> sendWithRetries(URI uri, String accept) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(policy.readTimeout())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", policy.userAgent())
                .GET()
                .build();
        Exception last = null;
        for (int attempt = 0; attempt <= policy.retries(); attempt++) {
            if (attempt > 0) {
                pause(attempt);
            }
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() < 500) {
                    return response;
                }
                response.body().close();
                last = new FetchException(uri + ": HTTP " + response.statusCode(), null);
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(uri + ": interrupted", e);
            }
        }
        String why = last instanceof FetchException ? last.getMessage() : uri + ": " + last;
        throw new FetchException(why + " (after " + (policy.retries() + 1) + " attempts)", last);
    }

    private void pause(int attempt) {
        long millis = policy.backoff().toMillis() << Math.min(attempt - 1, 10);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting to retry", e);
        }
    }

    private static URI redirectTarget(URI from, HttpResponse<InputStream> response) {
        closeQuietly(response);
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new FetchException(from + ": redirect without a Location", null));
        try {
            return from.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new FetchException(from + ": bad redirect target " + location, e);
        }
    }

    private Fetched body(URI uri, HttpResponse<InputStream> response) {
        int status = response.statusCode();
        if (status != 200) {
            closeQuietly(response);
            throw new FetchException(uri + ": HTTP " + status, null);
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > policy.maxBytes()) {
            closeQuietly(response);
            throw new FetchException(uri + ": the response (" + declared + " bytes) is larger than the cap of "
                    + policy.maxBytes() + " bytes", null);
        }
        boolean gzip = response.headers().firstValue("Content-Encoding")
                .map(e -> e.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        try {
            byte[] bytes = BoundedBody.read(uri, response.body(), gzip, policy.maxBytes());
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Fetched(uri, type, bytes);
        } catch (IOException e) {
            throw new FetchException(uri + ": the response could not be read: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // The connection is dropped either way.
        }
    }
}

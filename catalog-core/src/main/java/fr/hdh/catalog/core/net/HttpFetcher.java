package fr.hdh.catalog.core.net;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The {@link Fetcher} on Apache HttpClient 5. Each URL (the first and every redirect target) must be
 * http(s); its host is resolved once by {@link VettedResolver} and the connection made to the vetted
 * address; 5xx answers and I/O errors are retried with a doubling back-off, 4xx fail at once; each
 * response must be complete within the policy's deadline (a scheduled cancel cuts a server that
 * drips); bodies are read through a size cap, gzip undone. No proxy, cookie or credential is used.
 *
 * <pre>
 * try (HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults())) {
 *     byte[] turtle = fetcher.fetch(URI.create("https://example.org/catalog.ttl"), "text/turtle").body();
 * }
 * </pre>
 */
public final class HttpFetcher implements Fetcher, AutoCloseable {
    private final FetchPolicy policy;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;

    public HttpFetcher(FetchPolicy policy) {
        this(policy, InetAddress::getAllByName);
    }

    /** A fetcher whose names are resolved by {@code lookup} (tests stand in for DNS). */
    HttpFetcher(FetchPolicy policy, VettedResolver.HostLookup lookup) {
        this.policy = policy;
        Timeout connect = Timeout.ofMilliseconds(policy.connectTimeout().toMillis());
        Timeout read = Timeout.ofMilliseconds(policy.readTimeout().toMillis());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new VettedResolver(policy, lookup))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect).setSocketTimeout(read).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(read).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(policy.userAgent())
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hdh-fetch-deadlines");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Fetched fetch(URI uri, String accept) {
        URI current = uri;
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            URI hopUri = current;
            checkUrl(hopUri);
            Answer answer = withRetries(hopUri, () -> get(hopUri, accept));
            if (answer.redirect() != null) {
                current = redirectTarget(current, answer.redirect());
                continue;
            }
            return answer.fetched();
        }
        throw new FetchException(uri + ": more than " + policy.maxRedirects() + " redirects", null);
    }

    @Override
    public Fetched post(URI uri, String contentType, byte[] body, String accept) {
        checkUrl(uri);
        HttpPost post = new HttpPost(uri);
        post.setHeader("Accept", accept);
        post.setHeader("Accept-Encoding", "gzip");
        post.setEntity(new ByteArrayEntity(body, ContentType.parse(contentType)));
        Answer answer = exchange(uri, post);
        if (answer.redirect() != null) {
            throw new FetchException(uri + ": answered a POST with a redirect, which is not followed", null);
        }
        if (answer.fetched() == null) {
            throw new FetchException(uri + ": HTTP " + answer.status(), null);
        }
        return answer.fetched();
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        try {
            client.close();
        } catch (IOException ignored) {
            // Connections are dropped either way.
        }
    }

    /** What one exchange gave: a body, a redirect to follow, or a status that may be retried. */
    private record Answer(int status, Fetched fetched, String redirect) {}

    private Answer get(URI uri, String accept) {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", accept);
        get.setHeader("Accept-Encoding", "gzip");
        return exchange(uri, get);
    }

    private interface Exchange {
        Answer run();
    }

    private Answer withRetries(URI uri, Exchange exchange) {
        FetchException last = null;
        for (int attempt = 0; attempt <= policy.retries(); attempt++) {
            if (attempt > 0) {
                pause(attempt);
            }
            try {
                Answer answer = exchange.run();
                if (answer.status() < 500) {
                    if (answer.fetched() == null && answer.redirect() == null) {
                        throw new FetchException(uri + ": HTTP " + answer.status(), null);
                    }
                    return answer;
                }
                last = new FetchException(uri + ": HTTP " + answer.status(), null);
            } catch (RetryableFailure e) {
                last = e;
            }
        }
        throw new FetchException(last.getMessage() + " (after " + (policy.retries() + 1) + " attempts)", last);
    }

    /** An I/O failure worth another attempt (not a refused address, a deadline or a size cap). */
    private static final class RetryableFailure extends FetchException {
        RetryableFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Answer exchange(URI uri, HttpUriRequestBase request) {
        long deadlineMillis = policy.readTimeout().toMillis();
        ScheduledFuture<?> cut = deadlines.schedule(request::cancel, deadlineMillis, TimeUnit.MILLISECONDS);
        try (ClassicHttpResponse response = client.executeOpen(null, request, null)) {
            return answer(uri, response, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(deadlineMillis));
        } catch (VettedResolver.RefusedAddressException e) {
            throw new FetchException(uri + ": " + e.getMessage(), e);
        } catch (UnknownHostException e) {
            throw new FetchException(uri + ": unknown host " + uri.getHost(), e);
        } catch (IOException e) {
            if (request.isCancelled() || e instanceof InterruptedIOException) {
                throw new FetchException(uri + ": no complete answer within " + policy.readTimeout().toSeconds()
                        + " s (the deadline of one response)", e);
            }
            throw new RetryableFailure(uri + ": " + e, e);
        } finally {
            cut.cancel(false);
        }
    }

    private Answer answer(URI uri, ClassicHttpResponse response, long deadlineNanos) throws IOException {
        int status = response.getCode();
        if (status >= 300 && status < 400 && status != 304) {
            Header location = response.getFirstHeader("Location");
            if (location == null) {
                throw new FetchException(uri + ": redirect without a Location", null);
            }
            return new Answer(status, null, location.getValue());
        }
        if (status != 200) {
            return new Answer(status, null, null);
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return new Answer(status, new Fetched(uri, "", new byte[0]), null);
        }
        if (entity.getContentLength() > policy.maxBytes()) {
            throw new FetchException(uri + ": the response (" + entity.getContentLength() + " bytes) is larger than "
                    + "the cap of " + policy.maxBytes() + " bytes", null);
        }
        Header encoding = response.getFirstHeader("Content-Encoding");
        boolean gzip = encoding != null && encoding.getValue().toLowerCase(Locale.ROOT).contains("gzip");
        byte[] body = BoundedBody.read(uri, entity.getContent(), gzip, policy.maxBytes(), deadlineNanos);
        Header type = response.getFirstHeader("Content-Type");
        return new Answer(status, new Fetched(uri, type == null ? "" : type.getValue(), body), null);
    }

    private static void checkUrl(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(uri + ": only http and https URLs can be fetched", null);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException(uri + ": the URL has no host", null);
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException(uri + ": URLs with credentials are not fetched", null);
        }
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

    private static URI redirectTarget(URI from, String location) {
        try {
            return from.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new FetchException(from + ": bad redirect target " + location, e);
        }
    }
}

package fr.hdh.catalog.sparql.federation;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The partner SPARQL endpoints a public query may name in {@code SERVICE}, from the configuration
 * ({@code hdh serve --sparql-service URL}, repeatable). Anything else is refused before any connection.
 * Endpoints are compared as written, except that the scheme and host are case-insensitive.
 *
 * @param endpoints the allowed endpoint URLs (http or https), normalised
 */
public record PartnerEndpoints(Set<String> endpoints) {
    public PartnerEndpoints {
        endpoints = endpoints.stream().map(PartnerEndpoints::normalise).collect(Collectors.toCollection(LinkedHashSet::new));
        endpoints = Set.copyOf(endpoints);
    }

    /** No partner: every {@code SERVICE} is refused. */
    public static PartnerEndpoints none() {
        return new PartnerEndpoints(Set.of());
    }

    /** The endpoints of {@code urls}; throws {@link IllegalArgumentException} naming a URL that is not http(s). */
    public static PartnerEndpoints of(List<String> urls) {
        return new PartnerEndpoints(Set.copyOf(urls));
    }

    /** True when a query may call {@code endpoint}. */
    public boolean allows(String endpoint) {
        try {
            return endpoints.contains(normalise(endpoint));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalise(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("A partner SPARQL endpoint is an http(s) URL with a host and no credentials: " + url);
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path + query;
    }
}

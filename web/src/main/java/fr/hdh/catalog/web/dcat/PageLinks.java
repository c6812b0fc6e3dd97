package fr.hdh.catalog.web.dcat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** The IRIs of the catalogue's pages, under the catalogue's IRI, keeping the page size and the filter. */
final class PageLinks {
    private final String catalogIri;
    private final int size;
    private final Optional<Instant> modifiedSince;

    PageLinks(String catalogIri, PageRequest request) {
        this.catalogIri = catalogIri;
        this.size = request.size();
        this.modifiedSince = request.modifiedSince();
    }

    String page(long number) {
        String filter = modifiedSince.map(t -> "&modifiedSince=" + URLEncoder.encode(t.toString(), StandardCharsets.UTF_8))
                .orElse("");
        return catalogIri + "?page=" + number + "&pageSize=" + size + filter;
    }
}

package fr.hdh.catalog.web.dcat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The representations the DCAT API serves, with their media type (and accepted aliases) and the
 * short names {@code ?format=} takes. Turtle comes first: it is what {@code *}{@code /*} gets.
 */
enum RdfVariant {
    TURTLE("text/turtle", List.of("application/x-turtle"), List.of("ttl", "turtle")),
    JSON_LD("application/ld+json", List.of("application/json"), List.of("jsonld", "json-ld", "json")),
    RDF_XML("application/rdf+xml", List.of(), List.of("rdf", "rdfxml", "xml")),
    N_TRIPLES("application/n-triples", List.of("text/plain"), List.of("nt", "ntriples", "n-triples")),
    HTML("text/html", List.of("application/xhtml+xml"), List.of("html"));

    private final String mediaType;
    private final List<String> aliases;
    private final List<String> formatNames;

    RdfVariant(String mediaType, List<String> aliases, List<String> formatNames) {
        this.mediaType = mediaType;
        this.aliases = aliases;
        this.formatNames = formatNames;
    }

    String mediaType() {
        return mediaType;
    }

    /** The media type and its aliases. */
    List<String> mediaTypes() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(mediaType), aliases.stream()).toList();
    }

    static Optional<RdfVariant> ofMediaType(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.mediaTypes().contains(t)).findFirst();
    }

    static Optional<RdfVariant> ofFormatName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.formatNames.contains(n) || v.mediaType.equals(n)).findFirst();
    }

    /** What a 406 or a 400 lists. */
    static String supported() {
        return String.join(", ", Arrays.stream(values()).map(v -> v.mediaType + " (?format=" + v.formatNames.get(0) + ")").toList());
    }
}

package fr.hdh.catalog.core.usage;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A DOI in the one form the catalogue keeps: lower case (DOIs are case-insensitive), without the
 * {@code https://doi.org/}, {@code http://dx.doi.org/} or {@code doi:} prefix, so that the same paper read
 * from BibTeX, RIS, Crossref or typed by hand is one record.
 *
 * <pre>
 * Doi.normalise("https://doi.org/10.2196/41048");   // Optional[10.2196/41048]
 * Doi.iri("10.2196/41048");                          // https://doi.org/10.2196/41048
 * </pre>
 */
public final class Doi {
    /** A DOI: directory indicator 10, a registrant code of digits and dots, a slash, a suffix without spaces. */
    private static final Pattern SHAPE = Pattern.compile("^10\\.[0-9]{4,9}(\\.[0-9]+)*/\\S+$");
    private static final String[] PREFIXES = {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
            "http://dx.doi.org/", "doi.org/", "dx.doi.org/", "doi:"};
    public static final String RESOLVER = "https://doi.org/";

    private Doi() {}

    /** The DOI in {@code raw}, normalised; empty when {@code raw} is no DOI. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String doi = raw.strip().toLowerCase(Locale.ROOT);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : PREFIXES) {
                if (doi.startsWith(prefix)) {
                    doi = doi.substring(prefix.length()).strip();
                    stripped = true;
                }
            }
        }
        return SHAPE.matcher(doi).matches() ? Optional.of(doi) : Optional.empty();
    }

    /** The IRI of a normalised DOI, which is also the IRI of the publication's record. */
    public static String iri(String doi) {
        return RESOLVER + doi;
    }

    /** The DOI of a publication IRI named by one. */
    public static Optional<String> ofIri(String iri) {
        return iri.startsWith(RESOLVER) ? normalise(iri) : Optional.empty();
    }
}

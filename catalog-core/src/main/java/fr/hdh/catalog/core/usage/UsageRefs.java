package fr.hdh.catalog.core.usage;

import fr.hdh.catalog.core.CatalogIris;
import java.util.function.Predicate;

/**
 * How a form's references become IRIs: a dataset or project given by IRI is kept, one given by id is
 * minted under the catalogue's base; a dataset must be one the catalogue holds.
 */
record UsageRefs(CatalogIris iris, Predicate<String> isDataset) {

    String dataset(String given) {
        String g = given.strip();
        return isIri(g) ? g : iris.dataset(g);
    }

    String project(String given) {
        String g = given.strip();
        return isIri(g) ? g : iris.project(g);
    }

    /** A publication by DOI (any spelling) or IRI. */
    String publication(String given) {
        return Doi.normalise(given).map(Doi::iri).orElse(given.strip());
    }

    static boolean isIri(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("urn:");
    }

    /** The id at the end of an IRI minted under {@code prefix}, or the IRI itself. */
    static String idIn(String iri, String prefix) {
        return iri.startsWith(prefix) ? java.net.URLDecoder.decode(iri.substring(prefix.length()),
                java.nio.charset.StandardCharsets.UTF_8) : iri;
    }
}

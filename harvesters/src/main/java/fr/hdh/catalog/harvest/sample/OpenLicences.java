package fr.hdh.catalog.harvest.sample;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;

/**
 * Whether a licence lets anyone download and reuse data (the Open Definition's sense): public domain,
 * attribution, share-alike; not non-commercial or no-derivatives. Known by IRI: the EU licence
 * authority table, Creative Commons, Open Data Commons, the French Licence Ouverte (Etalab) and the
 * German Datenlizenz Deutschland. A licence not recognised is not open: no sample is fetched under it.
 */
final class OpenLicences {
    private static final Set<String> EU_OPEN = Set.of("CC0", "PDM", "CC_BY_4_0", "CC_BY_3_0", "CC_BY_SA_4_0", "CC_BY_SA_3_0",
            "ODC_BY", "ODC_ODBL", "ODC_PDDL", "ETALAB_2_0", "OL_1_0", "OL_2_0", "DL_BY_DE_2_0", "DL_ZERO_DE_2_0");
    private static final Pattern OPEN_IRI = Pattern.compile(
            "https?://(www\\.)?(creativecommons\\.org/(licenses/(by|by-sa)/|publicdomain/(zero|mark)/)"
                    + "|opendatacommons\\.org/licenses/(pddl|by|odbl)"
                    + "|(www\\.)?etalab\\.gouv\\.fr/(licence-ouverte|wp-content/uploads/.*licence-ouverte)"
                    + "|dcat-ap\\.de/def/licenses/(dl-by-de|dl-zero-de|cc-by|cc-zero|cc-by-sa|odbl|odc-by|odc-pddl)(/|$)"
                    + "|www\\.data\\.gouv\\.fr/licences)",
            Pattern.CASE_INSENSITIVE);
    private static final String EU_LICENCE = "http://publications.europa.eu/resource/authority/licence/";

    private OpenLicences() {}

    static boolean isOpen(Node licence) {
        if (licence == null || !licence.isURI()) {
            return false;
        }
        String iri = licence.getURI();
        if (iri.startsWith(EU_LICENCE)) {
            return EU_OPEN.contains(iri.substring(EU_LICENCE.length()).toUpperCase(Locale.ROOT));
        }
        return OPEN_IRI.matcher(iri).lookingAt();
    }
}

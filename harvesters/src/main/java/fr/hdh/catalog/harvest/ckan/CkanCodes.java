package fr.hdh.catalog.harvest.ckan;

import fr.hdh.catalog.vocab.eu.EuAuthority;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Codes that classic CKAN portals write as text where DCAT-AP expects a concept of an EU authority
 * table: ISO 639 language codes ({@code "en"}, {@code "fra"}) and frequency words ({@code "monthly"}).
 * A code is read as the table's concept; anything else is returned as it was, for the caller to keep as
 * text (ckanext-dcat writes these values as literals, which DCAT-AP 3 refuses for these properties).
 */
final class CkanCodes {
    private static final Map<String, String> FREQUENCIES = Map.ofEntries(
            Map.entry("daily", "DAILY"), Map.entry("weekly", "WEEKLY"), Map.entry("monthly", "MONTHLY"),
            Map.entry("quarterly", "QUARTERLY"), Map.entry("annual", "ANNUAL"), Map.entry("annually", "ANNUAL"),
            Map.entry("yearly", "ANNUAL"), Map.entry("biennial", "BIENNIAL"), Map.entry("hourly", "HOURLY"),
            Map.entry("continuous", "CONT"), Map.entry("irregular", "IRREG"), Map.entry("never", "NEVER"),
            Map.entry("unknown", "UNKNOWN"), Map.entry("biweekly", "BIWEEKLY"), Map.entry("bimonthly", "BIMONTHLY"),
            Map.entry("semiannual", "ANNUAL_2"), Map.entry("triennial", "TRIENNIAL"));

    private CkanCodes() {}

    /** The EU language concept's IRI for a two- or three-letter ISO 639 code, else the text. */
    static String language(String text) {
        String code = text.trim().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2,3}")) {
            return text;
        }
        try {
            String three = code.length() == 2 ? Locale.forLanguageTag(code).getISO3Language() : code;
            return three.length() == 3 ? EuAuthority.LANGUAGE + three.toUpperCase(Locale.ROOT) : text;
        } catch (MissingResourceException e) {
            return text;
        }
    }

    /** The EU frequency concept's IRI for a frequency word or code, else the text. */
    static String frequency(String text) {
        String word = text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        String code = FREQUENCIES.get(word);
        return code == null ? text : EuAuthority.FREQUENCY + code;
    }
}

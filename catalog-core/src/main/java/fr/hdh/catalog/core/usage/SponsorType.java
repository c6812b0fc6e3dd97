package fr.hdh.catalog.core.usage;

import fr.hdh.catalog.ontologies.HDH;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kind of organisation that sponsors a project. */
public enum SponsorType {
    PUBLIC("public", "PublicSponsor"),
    PRIVATE("private", "PrivateSponsor"),
    START_UP("start-up", "StartUpSponsor");

    private final String key;
    private final String iri;

    SponsorType(String key, String localName) {
        this.key = key;
        this.iri = HDH.NS + localName;
    }

    /** The name in the API and files ({@code start-up}). */
    public String key() {
        return key;
    }

    public String iri() {
        return iri;
    }

    /** The type named {@code key} (case-insensitive; {@code startup} too). */
    public static Optional<SponsorType> byKey(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT).replace("startup", "start-up").replace("start_up", "start-up");
        return Arrays.stream(values()).filter(s -> s.key.equals(wanted)).findFirst();
    }

    public static Optional<SponsorType> byIri(String iri) {
        return Arrays.stream(values()).filter(s -> s.iri.equals(iri)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(SponsorType::key).toList());
    }
}

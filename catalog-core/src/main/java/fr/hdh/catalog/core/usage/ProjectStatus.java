package fr.hdh.catalog.core.usage;

import fr.hdh.catalog.ontologies.HDH;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The steps of a project in the public register, in order; each is a concept of our vocabulary. */
public enum ProjectStatus {
    SUBMITTED("submitted", "ProjectSubmitted"),
    AUTHORISED("authorised", "ProjectAuthorised"),
    RUNNING("running", "ProjectRunning"),
    COMPLETED("completed", "ProjectCompleted"),
    PUBLISHED("published", "ProjectPublished");

    private final String key;
    private final String iri;

    ProjectStatus(String key, String localName) {
        this.key = key;
        this.iri = HDH.NS + localName;
    }

    /** The name in the API and files ({@code authorised}). */
    public String key() {
        return key;
    }

    public String iri() {
        return iri;
    }

    /** The status named {@code key} (case-insensitive; {@code authorized} too). */
    public static Optional<ProjectStatus> byKey(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT).replace("authorized", "authorised");
        return Arrays.stream(values()).filter(s -> s.key.equals(wanted)).findFirst();
    }

    public static Optional<ProjectStatus> byIri(String iri) {
        return Arrays.stream(values()).filter(s -> s.iri.equals(iri)).findFirst();
    }

    /** The keys, for messages: {@code submitted, authorised, …}. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(ProjectStatus::key).toList());
    }
}

package fr.hdh.catalog.core.account;

import java.util.Locale;

/** What a user may do. Anonymous users read; every write needs one of these. */
public enum Role {
    /** Manages users and everything a curator does. */
    ADMIN,
    /** Reviews and publishes any organisation's records. */
    CURATOR,
    /** Creates, edits and submits the records of its own organisations. */
    PRODUCER,
    /** Reads, including drafts it is shown; writes nothing. */
    READER;

    /** The role named {@code name} (case-insensitive); throws {@link IllegalArgumentException} naming the choices. */
    public static Role named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown role '" + name + "': admin, curator, producer or reader", e);
        }
    }

    /** The role's name in lower case, as the API writes it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this role may publish, withdraw and review records of any organisation. */
    public boolean curates() {
        return this == ADMIN || this == CURATOR;
    }
}

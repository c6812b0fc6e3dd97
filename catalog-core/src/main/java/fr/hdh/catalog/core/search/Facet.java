package fr.hdh.catalog.core.search;

import java.util.Optional;

/**
 * The facets of a search, by the name the API uses for the filter parameter and in the answer. Values
 * are IRIs, except for {@link #KIND} (an {@link ItemKind#id()}), {@link #DATA_TYPE} and
 * {@link #CATALOGUE_ENTRY} (literal text).
 */
public enum Facet {
    KIND("kind"),
    PRODUCER("producer"),
    THEME("theme"),
    ACCESS_RIGHTS("accessRights"),
    DATA_TYPE("dataType"),
    CODING_SYSTEM("codingSystem"),
    CATALOGUE_ENTRY("catalogueEntry");

    private final String param;

    Facet(String param) {
        this.param = param;
    }

    /** The query parameter and JSON name of the facet. */
    public String param() {
        return param;
    }

    public static Optional<Facet> byParam(String param) {
        for (Facet f : values()) {
            if (f.param.equals(param)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

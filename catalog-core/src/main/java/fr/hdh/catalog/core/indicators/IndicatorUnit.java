package fr.hdh.catalog.core.indicators;

import java.util.Locale;
import java.util.Optional;

/** What an indicator's value counts. */
public enum IndicatorUnit {
    /** A number of things (datasets, projects, catalogues, contributors). */
    COUNT,
    /** A mean duration in months, one decimal. */
    MONTHS,
    /** A share in percent, one decimal. */
    PERCENT,
    /** 1 when the thing is in place, 0 when it is not. */
    PRESENCE;

    /** The name in the definition file and the API: {@code count}, {@code months}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<IndicatorUnit> of(String id) {
        for (IndicatorUnit unit : values()) {
            if (unit.id().equals(id)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}

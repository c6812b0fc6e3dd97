package fr.hdh.catalog.core.indicators;

import java.util.Objects;

/** A text of an indicator's definition, in French and in English. */
public record Bilingual(String fr, String en) {
    public Bilingual {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }
}

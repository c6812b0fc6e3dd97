package fr.hdh.catalog.core.search;

import java.util.Locale;
import java.util.Optional;

/** What a search hit is: the kinds of resource that get a search document of their own. */
public enum ItemKind {
    DATASET("dataset", "Jeu de données", "Dataset"),
    TABLE("table", "Table", "Table"),
    VARIABLE("variable", "Variable", "Variable"),
    CONCEPT("concept", "Concept", "Concept"),
    CODE_LIST("code-list", "Nomenclature", "Code list"),
    PRODUCER("producer", "Producteur", "Producer"),
    STANDARD("standard", "Standard", "Standard"),
    /** A project of the public register of processings. */
    PROJECT("project", "Projet", "Project"),
    /** A publication that used catalogued data. */
    PUBLICATION("publication", "Publication", "Publication");

    private final String id;
    private final String labelFr;
    private final String labelEn;

    ItemKind(String id, String labelFr, String labelEn) {
        this.id = id;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    /** The name used in the API and the index ({@code variable}, {@code code-list}). */
    public String id() {
        return id;
    }

    /** A label for people, in English and French ({@code Variable}, {@code Dataset / Jeu de données}). */
    public String label() {
        return labelEn.equals(labelFr) ? labelEn : labelEn + " / " + labelFr;
    }

    public static Optional<ItemKind> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (ItemKind kind : values()) {
            if (kind.id.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

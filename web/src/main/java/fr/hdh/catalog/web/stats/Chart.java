package fr.hdh.catalog.web.stats;

import java.util.Locale;

/** The figures of the statistics, each drawn as one chart, in the order the page shows them. */
public enum Chart {
    PRODUCER(Shape.BAR),
    THEME(Shape.BAR),
    ACCESS_RIGHTS(Shape.PIE),
    ORIGIN(Shape.PIE),
    CATALOGUE_ENTRY(Shape.BAR),
    VARIABLES(Shape.BAR),
    QUALITY(Shape.BAR);

    /** How a chart draws its figures: bars for many values or an order, a pie for shares of a whole. */
    public enum Shape {
        BAR, PIE;

        /** The name the page's script knows it by ({@code bar}, {@code pie}). */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Shape shape;

    Chart(Shape shape) {
        this.shape = shape;
    }

    public Shape shape() {
        return shape;
    }

    /** The chart's name in the API, the page's anchors and the messages' keys ({@code accessRights}). */
    public String id() {
        StringBuilder id = new StringBuilder();
        for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
            id.append(id.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return id.toString();
    }
}

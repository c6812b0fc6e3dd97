package fr.hdh.catalog.web.page;

/**
 * How long a bar is drawn without an inline {@code style} (the Content-Security-Policy admits only the
 * stylesheet): a share is rounded to a whole percent and named by one of 101 classes, {@code pct-0} to
 * {@code pct-100}, whose rules the stylesheet servlet serves after {@code hdh.css}. A percent is finer
 * than a reader can see on a bar a few centimetres long.
 */
final class BarWidths {
    static final int STEPS = 100;

    private BarWidths() {}

    /** The class of a bar filling {@code share} of its track; {@code share} is clamped to [0, 1]. */
    static String cssClass(double share) {
        double clamped = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
        return "pct-" + Math.round(clamped * STEPS);
    }

    /** The stylesheet rules of those classes. */
    static String rules() {
        StringBuilder css = new StringBuilder("/* Bar widths (BarWidths): pages carry no inline style. */\n");
        for (int i = 0; i <= STEPS; i++) {
            css.append(".pct-").append(i).append(" { width: ").append(i).append("%; }\n");
        }
        return css.toString();
    }
}

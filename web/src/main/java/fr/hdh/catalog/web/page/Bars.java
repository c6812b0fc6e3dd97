package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.text.HtmlText;

/**
 * A list item drawn as a labelled horizontal bar: the label, the figure shown at the right, and a bar
 * filling {@code share} of its track ({@code ul.bars} in the stylesheet, its length a {@link BarWidths} class).
 */
final class Bars {
    private Bars() {}

    /** Appends one bar; {@code share} is clamped to [0, 1]. */
    static void item(StringBuilder b, String label, String shown, double share) {
        b.append("<li><span class=\"value\">").append(HtmlText.escape(label)).append("</span><span class=\"count\">")
                .append(HtmlText.escape(shown)).append("</span><span class=\"track\"><span class=\"bar ")
                .append(BarWidths.cssClass(share)).append("\"></span></span></li>");
    }

    static double share(long part, long whole) {
        return whole <= 0 ? 0 : (double) part / whole;
    }
}

package fr.hdh.catalog.web.page;

import fr.hdh.catalog.web.page.view.BarItem;

/** Bars of the quality pages: a label, the figure shown, and a bar filling {@code share} of its track ({@link BarWidths}). */
final class Bars {
    private Bars() {}

    /** One bar; {@code share} is clamped to [0, 1]. */
    static BarItem item(String label, String shown, double share) {
        return new BarItem(label, shown, BarWidths.cssClass(share));
    }

    static double share(long part, long whole) {
        return whole <= 0 ? 0 : (double) part / whole;
    }
}

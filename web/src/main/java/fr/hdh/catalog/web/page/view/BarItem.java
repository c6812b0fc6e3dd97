package fr.hdh.catalog.web.page.view;

/**
 * A labelled horizontal bar: the label, the figure shown at its right, and the bar's length as a class
 * of the stylesheet ({@code pct-0} to {@code pct-100}: the pages carry no inline style).
 *
 * @param label what the bar measures
 * @param shown the figure shown ({@code 12 / 44})
 * @param widthClass the class giving the bar its length
 */
public record BarItem(String label, String shown, String widthClass) {}

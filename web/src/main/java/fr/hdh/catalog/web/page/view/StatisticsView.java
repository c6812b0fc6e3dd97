package fr.hdh.catalog.web.page.view;

import java.util.List;

/**
 * {@code /statistics}: the catalogue in figures, one section per chart, each with its numbers as a table
 * (the page without script, and what a screen reader reads); the page's script draws each table as a chart.
 *
 * @param intro the sentence that opens the page (how many datasets)
 * @param figures one per chart, in the page's order
 */
public record StatisticsView(String intro, List<Figure> figures) implements PageView {
    public StatisticsView {
        figures = List.copyOf(figures);
    }

    /**
     * One chart and its table.
     *
     * @param id the section's anchor and the chart's name ({@code producer})
     * @param shape how the script draws it ({@code bar} or {@code pie})
     * @param title the section's heading
     * @param caption what is counted, and how many values are kept
     * @param valueHeader the heading of the table's first column
     * @param countHeader the heading of its second
     * @param rows the values and their counts
     */
    public record Figure(String id, String shape, String title, String caption, String valueHeader, String countHeader,
                         List<Row> rows) {
        public Figure {
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param label the value
     * @param count its count, for the script
     * @param shown the count as the language writes it
     */
    public record Row(String label, long count, String shown) {}

    @Override
    public String template() {
        return "statistics.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t("stats.title");
    }
}

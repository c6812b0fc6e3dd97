package fr.hdh.catalog.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * {@code /indicators}: the plan's performance indicators, a summary table of each value beside its yearly
 * targets, then one section per indicator with its definition, a bar chart of value and targets, what is
 * missing when it has no value, and the rows detailing it.
 *
 * @param years the years any indicator has a target for, the columns of the summary
 */
public record IndicatorsView(List<Integer> years, List<Item> indicators) implements PageView {
    /**
     * @param id the indicator's id, its section's anchor
     * @param name its name in the page's language
     * @param definition what is counted
     * @param value the value as the language writes it, with its unit; "—" when there is none
     * @param targets the target of each of {@link #years()}, "—" where the plan sets none
     * @param note what the graph lacks, when the value is 0 or absent
     * @param chart a bar for the value, then one per target year
     * @param columns the breakdown's column headings (none when it has no breakdown)
     * @param rows the breakdown's rows
     * @param queryFile the query's file in {@code ontologies}
     * @param href the indicator in the JSON API (with its queries)
     */
    public record Item(String id, String name, String definition, String value, List<String> targets,
                       Optional<String> note, List<BarItem> chart, List<String> columns, List<List<String>> rows,
                       String queryFile, String href) {}

    @Override
    public String template() {
        return "indicators.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t("indicators.title");
    }
}

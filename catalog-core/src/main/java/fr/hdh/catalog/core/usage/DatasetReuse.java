package fr.hdh.catalog.core.usage;

import java.util.List;

/**
 * How much a dataset is reused: the live projects that used or requested it and the live publications
 * citing it, in all and by year (a record without a date counts in the totals only).
 */
public record DatasetReuse(String dataset, int projects, int publications, List<YearCount> byYear) {
    public DatasetReuse {
        byYear = List.copyOf(byYear);
    }

    /** Projects (by submission year) and publications (by year of issue) of one year. */
    public record YearCount(int year, int projects, int publications) {}

    public int total() {
        return projects + publications;
    }
}

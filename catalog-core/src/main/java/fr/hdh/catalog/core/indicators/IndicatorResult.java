package fr.hdh.catalog.core.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An indicator computed now: its value, absent when the graph holds nothing to compute it from (a mean
 * of no projects, a share of none), and the rows of its breakdown.
 */
public record IndicatorResult(Indicator indicator, Optional<BigDecimal> value, Breakdown breakdown) {

    /**
     * The rows detailing the value: the breakdown query's variables as columns, each cell the value's
     * lexical form ({@code ""} when unbound). No columns when the indicator has no breakdown.
     */
    public record Breakdown(List<String> columns, List<List<String>> rows) {
        public Breakdown {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }

        static final Breakdown NONE = new Breakdown(List.of(), List.of());
    }

    /** What the graph lacks, when the value is absent or 0. */
    public Optional<Bilingual> note() {
        boolean empty = value.map(v -> v.signum() == 0).orElse(true);
        return empty ? Optional.of(indicator.whenEmpty()) : Optional.empty();
    }
}

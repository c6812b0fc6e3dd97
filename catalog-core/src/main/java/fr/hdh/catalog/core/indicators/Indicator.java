package fr.hdh.catalog.core.indicators;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One indicator of the plan, as {@code hdh/indicators/indicators.ttl} defines it.
 *
 * @param id its identifier ({@code /api/indicators/{id}})
 * @param name what it is called
 * @param definition what is counted, in words
 * @param unit what the value counts
 * @param targets the plan's target for each year it sets one, the earliest year first
 * @param query the query answering the value (one row, {@code ?value})
 * @param breakdown the query whose rows detail the value, if any
 * @param whenEmpty what the graph lacks when the value is 0 or absent
 */
public record Indicator(String id, Bilingual name, Bilingual definition, IndicatorUnit unit,
                        SortedMap<Integer, BigDecimal> targets, IndicatorQuery query, Optional<IndicatorQuery> breakdown,
                        Bilingual whenEmpty) {
    public Indicator {
        targets = Collections.unmodifiableSortedMap(new TreeMap<>(targets));
    }
}

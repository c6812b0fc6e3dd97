package fr.hdh.catalog.web.indicators;

import fr.hdh.catalog.core.indicators.Bilingual;
import fr.hdh.catalog.core.indicators.IndicatorResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of one indicator: what it is, its value now ({@code null} when the graph holds nothing
 * to compute it from), its targets by year, the note saying what is missing when the value is 0 or
 * {@code null}, and the queries behind it.
 *
 * @param query the SPARQL text computing {@code value}
 * @param queryFile its file in {@code ontologies} ({@code hdh/indicators/…})
 */
public record IndicatorDto(String id, Bilingual name, Bilingual definition, String unit, BigDecimal value,
                           Map<String, BigDecimal> targets, Bilingual note, String query, String queryFile,
                           BreakdownDto breakdown) {

    /** The rows detailing the value; {@code null} for an indicator without them. */
    public record BreakdownDto(String query, String queryFile, List<String> columns, List<List<String>> rows) {}

    static IndicatorDto of(IndicatorResult r) {
        var i = r.indicator();
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        i.targets().forEach((year, target) -> targets.put(Integer.toString(year), target));
        BreakdownDto breakdown = i.breakdown().map(q -> new BreakdownDto(q.text(), q.file(),
                r.breakdown().columns(), r.breakdown().rows())).orElse(null);
        return new IndicatorDto(i.id(), i.name(), i.definition(), i.unit().id(), r.value().orElse(null), targets,
                r.note().orElse(null), i.query().text(), i.query().file(), breakdown);
    }
}

package fr.hdh.catalog.web.indicators;

import fr.hdh.catalog.core.indicators.IndicatorResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The indicators as CSV (RFC 4180): one line per indicator with its names, unit, value, a column per
 * target year of any indicator, the English note and the query's text. A field is quoted when it holds a
 * comma, a quote or a line break; an empty field is a missing value or target.
 */
final class IndicatorsCsv {
    private IndicatorsCsv() {}

    static String write(List<IndicatorResult> results) {
        SortedSet<Integer> years = new TreeSet<>();
        results.forEach(r -> years.addAll(r.indicator().targets().keySet()));
        List<String> header = new ArrayList<>(List.of("id", "name_fr", "name_en", "unit", "value"));
        years.forEach(y -> header.add("target_" + y));
        header.addAll(List.of("note_en", "query_file", "query"));
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        for (IndicatorResult r : results) {
            var i = r.indicator();
            List<String> fields = new ArrayList<>(List.of(i.id(), i.name().fr(), i.name().en(), i.unit().id(),
                    r.value().map(BigDecimal::toPlainString).orElse("")));
            years.forEach(y -> fields.add(i.targets().containsKey(y) ? i.targets().get(y).toPlainString() : ""));
            fields.add(r.note().map(n -> n.en()).orElse(""));
            fields.add(i.query().file());
            fields.add(i.query().text());
            line(csv, fields);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int f = 0; f < fields.size(); f++) {
            if (f > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(f)));
        }
        csv.append("\r\n");
    }

    private static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}

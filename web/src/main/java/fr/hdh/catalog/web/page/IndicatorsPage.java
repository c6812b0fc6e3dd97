package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.indicators.Bilingual;
import fr.hdh.catalog.core.indicators.Indicator;
import fr.hdh.catalog.core.indicators.IndicatorResult;
import fr.hdh.catalog.web.page.view.BarItem;
import fr.hdh.catalog.web.page.view.IndicatorsView;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * {@code /indicators}: each indicator of the plan with its value beside its yearly targets, as a table
 * and as bars (the value, then each year's target, scaled to the largest of them), the rows detailing the
 * value, and what is missing when there is no value.
 */
public final class IndicatorsPage {
    /** Shown where there is no value or no target. */
    static final String NONE = "—";

    private IndicatorsPage() {}

    public static IndicatorsView view(List<IndicatorResult> results, Messages m) {
        SortedSet<Integer> years = new TreeSet<>();
        results.forEach(r -> years.addAll(r.indicator().targets().keySet()));
        return new IndicatorsView(List.copyOf(years), results.stream().map(r -> item(r, years, m)).toList());
    }

    private static IndicatorsView.Item item(IndicatorResult r, SortedSet<Integer> years, Messages m) {
        Indicator i = r.indicator();
        List<String> targets = years.stream()
                .map(y -> Optional.ofNullable(i.targets().get(y)).map(t -> shown(t, i, m)).orElse(NONE)).toList();
        List<String> columns = r.breakdown().columns().stream().map(c -> column(c, m)).toList();
        return new IndicatorsView.Item(i.id(), text(i.name(), m), text(i.definition(), m),
                r.value().map(v -> shown(v, i, m)).orElse(NONE), targets, r.note().map(n -> text(n, m)),
                chart(r, m), columns, r.breakdown().rows(), i.query().file(), "/api/indicators/" + i.id());
    }

    /** The value, then each year's target, as bars scaled to the largest. */
    private static List<BarItem> chart(IndicatorResult r, Messages m) {
        Indicator i = r.indicator();
        double largest = Math.max(r.value().map(BigDecimal::doubleValue).orElse(0.0),
                i.targets().values().stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0));
        List<BarItem> bars = new ArrayList<>();
        bars.add(Bars.item(m.t("indicators.value"), r.value().map(v -> shown(v, i, m)).orElse(NONE),
                share(r.value().orElse(BigDecimal.ZERO), largest)));
        i.targets().forEach((year, target) -> bars.add(Bars.item(m.f("indicators.targetFor", Integer.toString(year)),
                shown(target, i, m), share(target, largest))));
        return bars;
    }

    private static double share(BigDecimal part, double largest) {
        return largest <= 0 ? 0 : part.doubleValue() / largest;
    }

    /** A number as the page's language writes it (one decimal at most), with its unit where it has one. */
    static String shown(BigDecimal n, Indicator i, Messages m) {
        NumberFormat format = NumberFormat.getNumberInstance(m.lang().locale());
        format.setMaximumFractionDigits(1);
        String number = format.format(n);
        String unit = "indicators.unit." + i.unit().id();
        return m.has(unit) ? m.f(unit, number) : number;
    }

    private static String column(String variable, Messages m) {
        String key = "indicators.column." + variable;
        return m.has(key) ? m.t(key) : variable;
    }

    private static String text(Bilingual text, Messages m) {
        return m.lang() == Lang.FR ? text.fr() : text.en();
    }
}

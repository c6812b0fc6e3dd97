package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.indicators.Indicator;
import fr.hdh.catalog.core.indicators.IndicatorDefinitions;
import fr.hdh.catalog.core.indicators.IndicatorResult;
import fr.hdh.catalog.web.page.view.IndicatorsView;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@code /indicators} rendered from results: numbers as each language writes them beside the targets,
 * bars scaled to the largest figure, and breakdown cells (text from the graph: a catalogue entry, a
 * harvest source id) escaped.
 */
class IndicatorsPageTest {
    private static final List<Indicator> PLAN = IndicatorDefinitions.bundled();

    @Test
    void valuesAreWrittenAsTheLanguageWritesThem_besideTheTargets_andBarsScaleToTheLargest() {
        Indicator months = indicator("linked-dataset-months");
        IndicatorResult r = new IndicatorResult(months, Optional.of(new BigDecimal("7.5")), new IndicatorResult.Breakdown(List.of(), List.of()));
        IndicatorsView fr = IndicatorsPage.view(List.of(r), Messages.of(Lang.FR));
        IndicatorsView.Item item = fr.indicators().get(0);
        assertEquals(List.of(2020, 2021, 2022), fr.years());
        assertEquals("7,5 mois", item.value());
        assertEquals(List.of("6 mois", "5 mois", "4 mois"), item.targets());
        assertEquals(List.of("pct-100", "pct-80", "pct-67", "pct-53"), item.chart().stream().map(b -> b.widthClass()).toList());
        assertTrue(item.note().isEmpty());
        assertEquals("7.5 months", IndicatorsPage.view(List.of(r), Messages.of(Lang.EN)).indicators().get(0).value());
    }

    @Test
    void noValueIsADash_withWhatIsMissing() {
        IndicatorResult r = new IndicatorResult(indicator("project-months"), Optional.empty(),
                new IndicatorResult.Breakdown(List.of("year", "projects", "meanMonths"), List.of()));
        IndicatorsView.Item item = IndicatorsPage.view(List.of(r), Messages.of(Lang.EN)).indicators().get(0);
        assertEquals(IndicatorsPage.NONE, item.value());
        assertEquals(Optional.of("No project has both its request and end dates recorded."), item.note());
        assertEquals(List.of("Year", "Projects", "Mean (months)"), item.columns());
        Element section = Jsoup.parse(TemplatesTest.render(Lang.EN, IndicatorsPage.view(List.of(r), Messages.of(Lang.EN))))
                .selectFirst("section#project-months");
        assertEquals("No project has both its request and end dates recorded.", section.selectFirst("p.note").text());
        assertTrue(section.select("p").eachText().contains("Nothing to detail yet."), section.text());
    }

    @Test
    void breakdownCellsFromTheGraphAreEscaped() {
        String hostile = "catalogue SNDS <script>alert(1)</script> & \"x\"";
        IndicatorResult r = new IndicatorResult(indicator("priority-databases-on-request"), Optional.of(BigDecimal.ONE),
                new IndicatorResult.Breakdown(List.of("year", "wave", "datasets"), List.of(List.of("2022", hostile, "1"))));
        Document page = Jsoup.parse(TemplatesTest.render(Lang.FR, IndicatorsPage.view(List.of(r), Messages.of(Lang.FR))));
        assertTrue(page.select("script").isEmpty(), "the hostile text made no element");
        Element breakdown = page.selectFirst("table.breakdown");
        assertEquals(List.of("2022", hostile, "1"), breakdown.select("tbody td").eachText(), "shown as the text it is");
        assertTrue(breakdown.select("th[scope=col]").eachText().contains("Entrée au catalogue (vague)"));
    }

    private static Indicator indicator(String id) {
        return PLAN.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}

package fr.hdh.catalog.web.page.view;

import java.util.List;

/**
 * {@code /quality}: per source, the datasets measured, their mean score, how scores spread over ten
 * bands and what costs points most often.
 */
public record QualityOverviewView(List<Source> sources) implements PageView {
    /**
     * @param id the source's identifier
     * @param datasets datasets measured
     * @param meanScore the mean score, one decimal, as the language writes it
     * @param maxScore the most a dataset can earn
     * @param bands one bar per tenth of the maximum, lowest first
     * @param shortfalls one bar per indicator that costs points, the commonest first
     */
    public record Source(String id, long datasets, String meanScore, int maxScore, List<BarItem> bands,
                         List<BarItem> shortfalls) {}

    @Override
    public String template() {
        return "quality.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t("quality.title");
    }
}

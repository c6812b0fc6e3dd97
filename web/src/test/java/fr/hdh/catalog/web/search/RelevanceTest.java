package fr.hdh.catalog.web.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.SearchHit;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.Suggestion;
import fr.hdh.catalog.web.page.DemoSite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Judged relevance over the real demo content (loaded once for the class, about a minute): each query
 * of {@code search/judged-queries.tsv} lists the items that must be in its first ten hits. Recall@10
 * (share of those found in the top ten) and MRR (mean of 1 / rank of the first one) must not fall
 * below the thresholds, which were set from the figures reached when they were written; raise them
 * when search improves, never lower them. {@code search/judged-hard-queries.tsv} holds the hard ones
 * (acronyms both ways, disease names and codes, English words on French records, typos, questions), judged
 * before the ranking was tuned for them, in batches (a line {@code # Batch …} starts one), each class with thresholds
 * of its own for the first batch and for all.
 */
class RelevanceTest {
    /**
     * Reached when written (60 queries): recall@10 = 1.000, MRR = 0.783; with copies of a concept shown as one hit,
     * kinds mixed and acronyms read both ways: 1.000, 0.818; with projects, publications and mappings in the demo:
     * 1.000, 0.809. Thresholds just below; never lower them.
     */
    static final double MIN_RECALL_AT_10 = 0.98;
    static final double MIN_MRR = 0.80;
    private static final String BASE = "http://test.example/";
    private static Catalog catalog;

    /**
     * Per class of the first batch of hard queries (45): the figures reached when it was judged and the ranking tuned,
     * just below; never lower them.
     */
    static final Map<String, double[]> HARD_THRESHOLDS = Map.of(
            // class        recall@10, MRR      reached: before tuning → after
            "acronym",  new double[] {0.90, 0.65}, // 0.78, 0.49 → 0.91, 0.70
            "disease",  new double[] {0.95, 0.60}, // 0.56, 0.36 → 0.83, 0.52 → 1.00, 0.62 (one CIM-10 family)
            "english",  new double[] {0.75, 0.45}, // 0.56, 0.40 → 0.78, 0.47 (through the mappings' English labels)
            "typo",     new double[] {0.65, 0.44}, // 0.50, 0.42 → 0.67, 0.45
            "question", new double[] {0.60, 0.22}); // 0.60, 0.23 → 0.60, 0.23

    /**
     * Per class of all the hard queries (both batches, 99): the second batch (54) was judged before it was run; the
     * figures reached then, and after the glossary of SNDS name parts gave French variables English words, just
     * below; never lower them. A researcher needs more than this: these are floors, not goals.
     */
    static final Map<String, double[]> ALL_HARD_THRESHOLDS = Map.of(
            // class        recall@10, MRR      reached: batch 2 judged → with the name-parts glossary
            "acronym",  new double[] {0.83, 0.65}, // 0.80, 0.66 → 0.84, 0.66
            "disease",  new double[] {0.85, 0.59}, // 0.74, 0.55 → 0.74, 0.55 → 0.86, 0.59 (one CIM-10 family)
            "english",  new double[] {0.95, 0.65}, // 0.68, 0.39 → 0.95, 0.65
            "typo",     new double[] {0.85, 0.56}, // 0.86, 0.57 → 0.86, 0.57
            "question", new double[] {0.71, 0.49}); // 0.71, 0.50 → 0.71, 0.50

    /** A judged query: each expected item is one IRI or several forms of one item ({@code a|b}), any of which counts. */
    record Judged(String query, String kind, List<List<String>> expected, String note, int batch) {}

    /** Recall@10 and reciprocal rank of one query. */
    record Score(double recall, double reciprocalRank) {}

    @BeforeAll
    static void loadDemo() {
        catalog = DemoSite.get().catalog();
    }

    @Test
    void judgedQueriesReachRecallAndMrrThresholds() throws IOException {
        List<Judged> judged = judged("/search/judged-queries.tsv", false);
        assertTrue(judged.size() >= 40, "at least 40 judged queries, found " + judged.size());
        StringBuilder report = new StringBuilder();
        double[] totals = totals(judged, report);
        double recall = totals[0];
        double mrr = totals[1];
        report.append(String.format(Locale.ROOT, "%d queries: recall@10 = %.3f, MRR = %.3f%n", judged.size(), recall, mrr));
        System.out.print(report);
        assertTrue(recall >= MIN_RECALL_AT_10, "recall@10 " + recall + " < " + MIN_RECALL_AT_10 + "\n" + report);
        assertTrue(mrr >= MIN_MRR, "MRR " + mrr + " < " + MIN_MRR + "\n" + report);
    }

    @Test
    void theJudgedSetHoldsAtLeast150QueriesOfWhichAtLeast40PercentHard() throws IOException {
        int plain = judged("/search/judged-queries.tsv", false).size();
        int hard = judged("/search/judged-hard-queries.tsv", true).size();
        assertTrue(plain + hard >= 150, "at least 150 judged queries, found " + (plain + hard));
        assertTrue(hard >= 0.4 * (plain + hard), hard + " hard queries of " + (plain + hard) + ": fewer than 40 %");
    }

    @Test
    void theFirstBatchOfHardQueriesReachesTheThresholdsOfItsClasses() throws IOException {
        List<Judged> first = judged("/search/judged-hard-queries.tsv", true).stream().filter(j -> j.batch() == 1).toList();
        assertTrue(first.size() >= 40, "at least 40 hard queries in the first batch, found " + first.size());
        assertReach(first, HARD_THRESHOLDS);
    }

    @Test
    void allHardQueriesReachTheThresholdsOfTheirClass() throws IOException {
        assertReach(judged("/search/judged-hard-queries.tsv", true), ALL_HARD_THRESHOLDS);
    }

    private static void assertReach(List<Judged> hard, Map<String, double[]> thresholds) {
        StringBuilder report = new StringBuilder();
        List<String> below = new ArrayList<>();
        for (Map.Entry<String, double[]> entry : new TreeMap<>(thresholds).entrySet()) {
            List<Judged> ofClass = hard.stream().filter(j -> j.kind().equals(entry.getKey())).toList();
            assertTrue(ofClass.size() >= 5, "at least 5 queries of class " + entry.getKey());
            double[] totals = totals(ofClass, report);
            report.append(String.format(Locale.ROOT, "%s (%d queries): recall@10 = %.3f, MRR = %.3f%n",
                    entry.getKey(), ofClass.size(), totals[0], totals[1]));
            if (totals[0] < entry.getValue()[0] || totals[1] < entry.getValue()[1]) {
                below.add(entry.getKey());
            }
        }
        assertTrue(hard.stream().allMatch(j -> thresholds.containsKey(j.kind())), "every hard query has a known class");
        System.out.print(report);
        assertTrue(below.isEmpty(), "below the thresholds: " + below + "\n" + report);
    }

    /** Mean recall@10 and MRR of {@code judged}, each query's line added to {@code report}. */
    private static double[] totals(List<Judged> judged, StringBuilder report) {
        double recallSum = 0;
        double rrSum = 0;
        for (Judged j : judged) {
            Score score = score(j, report);
            recallSum += score.recall();
            rrSum += score.reciprocalRank();
        }
        return new double[] {recallSum / judged.size(), rrSum / judged.size()};
    }

    private static Score score(Judged j, StringBuilder report) {
        List<String> top = catalog.search().search(SearchQuery.text(j.query()).withPage(1, 10)).hits().stream()
                .map(SearchHit::iri).toList();
        long found = j.expected().stream().filter(forms -> forms.stream().anyMatch(top::contains)).count();
        int firstRank = 0;
        for (int i = 0; i < top.size() && firstRank == 0; i++) {
            String iri = top.get(i);
            if (j.expected().stream().anyMatch(forms -> forms.contains(iri))) {
                firstRank = i + 1;
            }
        }
        report.append(String.format(Locale.ROOT, "%-62s found %d/%d first at %s%n", j.query(), found,
                j.expected().size(), firstRank == 0 ? "-" : firstRank));
        return new Score((double) found / j.expected().size(), firstRank == 0 ? 0 : 1.0 / firstRank);
    }

    @Test
    void aCim10BlockListsTheMainDiagnosisInItsFirstTwentyHits() {
        List<String> top = catalog.search().search(SearchQuery.text("Cardiopathies ischémiques").withPage(1, 20)).hits()
                .stream().map(SearchHit::iri).toList();
        assertTrue(top.contains(BASE + "dataset/pmsi-mco/table/T_MCOaaB/variable/DGN_PAL"), top.toString());
        assertTrue(top.stream().filter(iri -> iri.contains("/vocabulary/")).count() <= 12,
                "the concepts leave room for what is coded with them: " + top);
    }

    @Test
    void typingDiagnCompletesToADiagnosisVariable() {
        List<Suggestion> suggestions = catalog.search().suggest("diagn", 8);
        assertTrue(suggestions.stream().limit(3).anyMatch(s -> s.kind() == ItemKind.VARIABLE
                && s.text().toLowerCase(Locale.ROOT).startsWith("diagnostic")), suggestions.toString());
    }

    /** The judged queries of {@code resource}: query, (class when {@code classed}), expected items, note. */
    private static List<Judged> judged(String resource, boolean classed) throws IOException {
        List<Judged> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RelevanceTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            int batch = 1;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("# Batch ") && !out.isEmpty()) {
                    batch++;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                int at = classed ? 2 : 1;
                List<List<String>> expected = List.of(cols[at].trim().split("\\s+")).stream()
                        .map(item -> List.of(item.split("\\|")).stream().map(p -> BASE + p).toList()).toList();
                out.add(new Judged(cols[0], classed ? cols[1] : "", expected, cols.length > at + 1 ? cols[at + 1] : "", batch));
            }
        }
        return out;
    }
}

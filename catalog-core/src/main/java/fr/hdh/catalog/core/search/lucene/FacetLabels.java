package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.FacetCount;
import fr.hdh.catalog.core.search.ItemKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Reads facet counts and gives each value a label. Values that are IRIs of indexed items (producers,
 * themes, code lists) take the item's label from the index itself; other IRIs (access rights, which the
 * store does not describe) show their last segment in plain words; kinds show their name.
 */
final class FacetLabels {
    static final int VALUES_PER_FACET = 30;

    private FacetLabels() {}

    static Map<Facet, List<FacetCount>> read(Facets facets, IndexSearcher searcher) throws IOException {
        Map<Facet, FacetResult> results = new EnumMap<>(Facet.class);
        for (FacetResult r : facets.getAllDims(VALUES_PER_FACET)) {
            if (r == null) {
                continue; // a selected facet with no value among the hits
            }
            Facet.byParam(r.dim).ifPresent(f -> results.put(f, r));
        }
        Set<String> iris = new HashSet<>();
        results.values().forEach(r -> {
            for (LabelAndValue lv : r.labelValues) {
                if (lv.label.contains(":")) {
                    iris.add(lv.label);
                }
            }
        });
        Map<String, String> labels = labelsOf(searcher, iris);
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        results.forEach((facet, r) -> {
            List<FacetCount> counts = new ArrayList<>();
            for (LabelAndValue lv : r.labelValues) {
                counts.add(new FacetCount(lv.label, label(facet, lv.label, labels), lv.value.longValue()));
            }
            out.put(facet, counts);
        });
        return out;
    }

    private static String label(Facet facet, String value, Map<String, String> labels) {
        if (facet == Facet.KIND) {
            return ItemKind.byId(value).map(ItemKind::label).orElse(value);
        }
        String known = labels.get(value);
        return known != null ? known : plainWords(value);
    }

    private static Map<String, String> labelsOf(IndexSearcher searcher, Set<String> iris) throws IOException {
        Map<String, String> labels = new HashMap<>();
        if (iris.isEmpty()) {
            return labels;
        }
        TermInSetQuery q = new TermInSetQuery(Fields.IRI, iris.stream().map(BytesRef::new).toList());
        for (ScoreDoc sd : searcher.search(q, iris.size() * 2).scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            labels.putIfAbsent(d.get(Fields.IRI), d.get(Fields.LABEL));
        }
        return labels;
    }

    /**
     * {@code …/access-right/NON_PUBLIC} → {@code Non public}; a value that is not an IRI (a catalogue entry's text,
     * which may hold a date as {@code 12/05/2022}) is its own label, with a capital first letter.
     */
    static String plainWords(String value) {
        if (!value.contains("://") && !value.startsWith("urn:")) {
            return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
        }
        String s = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        String last = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1).replace('_', ' ');
        if (last.isEmpty()) {
            return value;
        }
        String lower = last.equals(last.toUpperCase(Locale.ROOT)) ? last.toLowerCase(Locale.ROOT) : last;
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}

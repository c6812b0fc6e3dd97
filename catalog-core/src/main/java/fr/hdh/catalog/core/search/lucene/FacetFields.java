package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.Facet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;

/**
 * A document's facet values, written as Lucene's {@link FacetsConfig#build} writes flat
 * {@code SortedSetDocValuesFacetField}s with full-path drill-down terms (what {@link Documents#facetsConfig()}
 * configures): for each value, one sorted-set doc value and one term, both the value's path
 * ({@link FacetsConfig#pathToString(String, String[])}) in the dimension's index field.
 *
 * <p>The paths are built once per value and kept: a catalogue's facet values are few and repeat over a
 * million items, and building a path for every item was a tenth of indexing. {@code FacetFieldsTest}
 * checks the fields are those {@code FacetsConfig.build} gives.
 */
final class FacetFields {
    /** Values kept per facet: past this (a facet of unbounded values), paths are built each time. */
    static final int MAX_REMEMBERED = 10_000;

    private final FacetsConfig config;
    private final Map<Facet, Map<String, BytesRef>> paths = new ConcurrentHashMap<>();

    FacetFields(FacetsConfig config) {
        this.config = config;
    }

    void add(Document d, Facet facet, String value) {
        String field = config.getDimConfig(facet.param()).indexFieldName;
        BytesRef path = path(facet, value);
        d.add(new SortedSetDocValuesField(field, path));
        d.add(new StringField(field, path, Field.Store.NO));
    }

    private BytesRef path(Facet facet, String value) {
        Map<String, BytesRef> known = paths.computeIfAbsent(facet, f -> new ConcurrentHashMap<>());
        BytesRef path = known.get(value);
        if (path == null) {
            path = new BytesRef(FacetsConfig.pathToString(facet.param(), new String[] {value}));
            if (known.size() < MAX_REMEMBERED) {
                known.put(value, path);
            }
        }
        return path;
    }
}

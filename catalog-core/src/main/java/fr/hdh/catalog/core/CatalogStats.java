package fr.hdh.catalog.core;

import java.util.Map;

/**
 * What the catalogue holds: resources per class (by full class IRI), record graphs, triples.
 *
 * @param classCounts distinct resources per rdf:type, over all record graphs
 * @param records the number of record graphs
 * @param triples the number of triples in all record graphs
 */
public record CatalogStats(Map<String, Long> classCounts, long records, long triples) {
    public CatalogStats {
        classCounts = Map.copyOf(classCounts);
    }

    public long count(String classIri) {
        return classCounts.getOrDefault(classIri, 0L);
    }
}

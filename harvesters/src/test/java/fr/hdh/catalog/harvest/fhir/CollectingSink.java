package fr.hdh.catalog.harvest.fhir;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.harvest.RecordSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps what a harvest hands over, for assertions. */
final class CollectingSink implements RecordSink {
    final List<CatalogRecord> accepted = new ArrayList<>();
    final Map<String, String> rejected = new LinkedHashMap<>();

    @Override
    public void accept(CatalogRecord record) {
        accepted.add(record);
    }

    @Override
    public void reject(String item, String reason) {
        rejected.put(item, reason);
    }

    CatalogRecord record(String iri) {
        return accepted.stream().filter(r -> r.iri().equals(iri)).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + iri + " among " + accepted.stream().map(CatalogRecord::iri).toList()
                        + "; rejected: " + rejected));
    }
}

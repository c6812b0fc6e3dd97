package fr.hdh.catalog.harvest;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.validation.Amendment;
import java.util.ArrayList;
import java.util.List;

/** A sink for tests: keeps what a harvester hands over, in order; rejections as {@code "item: reason"}. */
public final class CollectedRecords implements RecordSink {
    public final List<CatalogRecord> records = new ArrayList<>();
    public final List<String> rejected = new ArrayList<>();
    public final List<Amendment> amended = new ArrayList<>();

    @Override
    public void accept(CatalogRecord record) {
        records.add(record);
    }

    @Override
    public void reject(String item, String reason) {
        rejected.add(item + ": " + reason);
    }

    @Override
    public void amended(Amendment amendment) {
        amended.add(amendment);
    }

    public List<String> iris() {
        return records.stream().map(CatalogRecord::iri).toList();
    }

    public CatalogRecord record(String iri) {
        return records.stream().filter(r -> r.iri().equals(iri)).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + iri + " among " + iris() + "; rejected " + rejected));
    }

    /** The one record handed over; fails when there are none or several. */
    public CatalogRecord only() {
        if (records.size() != 1) {
            throw new AssertionError("expected one record, got " + iris() + "; rejected " + rejected);
        }
        return records.get(0);
    }
}

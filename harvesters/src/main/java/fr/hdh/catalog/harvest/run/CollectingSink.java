package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.validation.Amendment;
import fr.hdh.catalog.harvest.RecordSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Gathers what a harvester reads: records by IRI, and the items it could not read. A record given
 * twice (a listing that shifted between two pages) keeps its last version; a catalogue given on every
 * page of a paged listing keeps the union of its pages, so it lists all its datasets.
 */
final class CollectingSink implements RecordSink {
    private final Map<String, CatalogRecord> records = new LinkedHashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final Map<String, List<Amendment>> amendments = new LinkedHashMap<>();
    private final Progress progress;

    CollectingSink(Progress progress) {
        this.progress = progress;
    }

    @Override
    public synchronized void accept(CatalogRecord record) {
        CatalogRecord earlier = records.get(record.iri());
        if (earlier != null && record.kind() == RecordKind.CATALOG && earlier.kind() == RecordKind.CATALOG) {
            Graph union = GraphFactory.createDefaultGraph();
            earlier.content().find().forEachRemaining(union::add);
            record.content().find().forEachRemaining(union::add);
            record = new CatalogRecord(record.iri(), record.kind(), union, record.source());
        }
        records.put(record.iri(), record);
    }

    @Override
    public synchronized void reject(String item, String reason) {
        rejections.add(new Rejection(item, reason));
    }

    @Override
    public synchronized void amended(Amendment amendment) {
        amendments.computeIfAbsent(amendment.recordIri(), k -> new ArrayList<>()).add(amendment);
    }

    @Override
    public void progress(long done, long total) {
        progress.update("read", done, total);
    }

    synchronized List<CatalogRecord> records() {
        return List.copyOf(records.values());
    }

    /** What the harvester reported leaving out of or changing in the records it gave, by record IRI. */
    synchronized Map<String, List<Amendment>> amendments() {
        Map<String, List<Amendment>> copy = new LinkedHashMap<>();
        amendments.forEach((iri, list) -> copy.put(iri, new ArrayList<>(list)));
        return copy;
    }

    synchronized List<Rejection> rejections() {
        return List.copyOf(rejections);
    }
}

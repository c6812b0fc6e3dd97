package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordNotFoundException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.validation.GraphDescriptions;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import fr.hdh.catalog.core.validation.RecordValidator;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.core.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The one writer of the catalogue. Creates, replaces and withdraws records; every change is
 * validated against the shapes first and written in one transaction, so a batch lands whole or not at
 * all. Content that did not change is not written again.
 *
 * <pre>
 * ChangeSummary summary = records.putAll(List.of(dataset, producer), Progress.NONE);
 * </pre>
 */
public final class RecordService {
    private final CatalogStore store;
    private final RecordValidator validator;
    private final String agentBase;
    private final Clock clock;
    private final List<Consumer<List<CommittedRecord>>> listeners = new ArrayList<>();

    public RecordService(CatalogStore store, RecordValidator validator, String agentBase, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.agentBase = agentBase;
        this.clock = clock;
    }

    /** Called after each committed change with the records written, as stored (for the index). */
    public void onCommit(Consumer<List<CommittedRecord>> listener) {
        listeners.add(listener);
    }

    /** Validates without writing; references resolve against the store and the background. */
    public ValidationReport validate(CatalogRecord record) {
        return validatorFor(List.of(record)).validate(record);
    }

    /** Validates a batch as it would be written: records may point to each other. Writes nothing. */
    public List<ValidationReport> validateAll(List<CatalogRecord> batch) {
        RecordValidator batchValidator = validatorFor(batch);
        return batch.stream().map(batchValidator::validate).toList();
    }

    /** Creates or replaces one record. */
    public Change put(CatalogRecord record) {
        ChangeSummary summary = new ChangeSummary();
        List<Change> changes = putAll(List.of(record), Progress.NONE, summary);
        return changes.get(0);
    }

    /** Creates or replaces records, all in one transaction, after validating every one. */
    public ChangeSummary putAll(List<CatalogRecord> records, Progress progress) {
        ChangeSummary summary = new ChangeSummary();
        putAll(records, progress, summary);
        return summary;
    }

    private List<Change> putAll(List<CatalogRecord> records, Progress progress, ChangeSummary summary) {
        RecordValidator batchValidator = validatorFor(records);
        List<ValidationReport> failures = new ArrayList<>();
        List<String> hashes = new ArrayList<>(records.size());
        int done = 0;
        for (CatalogRecord record : records) {
            ValidationReport report = batchValidator.validate(record);
            if (!report.conforms()) {
                failures.add(report);
            }
            hashes.add(ContentHash.of(record.content()));
            progress.update("validate", ++done, records.size());
        }
        if (!failures.isEmpty()) {
            throw new InvalidRecordException(failures);
        }
        Instant now = clock.instant();
        List<Change> changes = new ArrayList<>(records.size());
        List<CommittedRecord> written = new ArrayList<>();
        store.write(() -> {
            int i = 0;
            for (CatalogRecord record : records) {
                Written result = write(record, hashes.get(i), now);
                changes.add(result.change());
                if (result.change() != Change.UNCHANGED) {
                    written.add(new CommittedRecord(record.iri(), result.graph()));
                }
                progress.update("write", ++i, records.size());
            }
        });
        changes.forEach(summary::add);
        notifyListeners(written);
        return changes;
    }

    /** What writing one record did, and the graph it stored (null when unchanged). */
    private record Written(Change change, Graph graph) {}

    private Written write(CatalogRecord record, String hash, Instant now) {
        Optional<Graph> stored = store.recordGraph(record.iri());
        if (stored.isPresent()
                && RecordProvenance.hash(record.iri(), stored.get()).filter(hash::equals).isPresent()
                && !RecordProvenance.withdrawn(record.iri(), stored.get())) {
            return new Written(Change.UNCHANGED, null);
        }
        Instant issued = stored.flatMap(g -> RecordProvenance.issued(record.iri(), g)).orElse(now);
        Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        record.content().find().forEachRemaining(graph::add);
        RecordProvenance.add(graph, record.iri(), record.source(), agent(record.source()), hash,
                issued, now, RecordProvenance.STATUS_COMPLETED);
        store.replaceRecordGraph(record.iri(), graph);
        return new Written(stored.isPresent() ? Change.CHANGED : Change.ADDED, graph);
    }

    /** Marks a record withdrawn: kept and still served, flagged so users and harvesters know. */
    public Change withdraw(String iri, RecordSource source) {
        Written written = store.write(() -> {
            Graph stored = store.recordGraph(iri).orElseThrow(() -> new RecordNotFoundException(iri));
            if (RecordProvenance.withdrawn(iri, stored)) {
                return new Written(Change.UNCHANGED, null);
            }
            Graph content = RecordProvenance.content(iri, stored);
            Instant issued = RecordProvenance.issued(iri, stored).orElse(clock.instant());
            RecordProvenance.add(content, iri, source, agent(source), ContentHash.of(content), issued,
                    clock.instant(), RecordProvenance.STATUS_WITHDRAWN);
            store.replaceRecordGraph(iri, content);
            return new Written(Change.WITHDRAWN, content);
        });
        if (written.change() == Change.WITHDRAWN) {
            notifyListeners(List.of(new CommittedRecord(iri, written.graph())));
        }
        return written.change();
    }

    /** True when a bulk source (the demo content, say) was loaded with exactly this fingerprint. */
    public boolean sourceLoaded(String sourceIri, String fingerprint) {
        return store.read(() -> SourceRuns.loaded(store, sourceIri, fingerprint));
    }

    /** Records that a bulk source was loaded whole, as a PROV activity in its own graph. */
    public void markSourceLoaded(String sourceIri, String fingerprint, String label, ChangeSummary summary) {
        store.write(() -> store.replaceRecordGraph(sourceIri,
                SourceRuns.activity(sourceIri, fingerprint, label, summary, clock.instant())));
    }

    /** The stored content of a record, without provenance. */
    public Optional<Graph> content(String iri) {
        return store.read(() -> store.recordGraph(iri).map(g -> RecordProvenance.content(iri, g)));
    }

    private Node agent(RecordSource source) {
        return NodeFactory.createURI(agentBase + source.agent());
    }

    private RecordValidator validatorFor(List<CatalogRecord> batch) {
        // Every resource described inside a batch record (its publisher's contact point, say) can be
        // pointed to by another record of the batch, so index them all, not only the main IRIs.
        Map<Node, Graph> describedIn = new HashMap<>();
        for (CatalogRecord r : batch) {
            r.content().find().forEachRemaining(t -> describedIn.putIfAbsent(t.getSubject(), r.content()));
        }
        ReferenceLookup inBatch = (resource, sink) -> {
            Graph g = describedIn.get(resource);
            if (g != null) {
                GraphDescriptions.copy(g, resource, sink);
            }
        };
        ReferenceLookup inStore = (resource, sink) -> store.read(() -> {
            GraphDescriptions.copy(store.union(), resource, sink);
            return null;
        });
        return validator.withReferences(inBatch.and(inStore).and(validator.references()));
    }

    private void notifyListeners(List<CommittedRecord> committed) {
        if (!committed.isEmpty()) {
            listeners.forEach(l -> l.accept(List.copyOf(committed)));
        }
    }
}

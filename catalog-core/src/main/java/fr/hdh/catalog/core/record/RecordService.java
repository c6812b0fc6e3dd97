package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordNotFoundException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.store.DerivedGraphs;
import fr.hdh.catalog.core.store.StoreWriter;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import fr.hdh.catalog.core.validation.Leniency;
import fr.hdh.catalog.core.validation.RecordValidator;
import fr.hdh.catalog.core.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The one writer of the catalogue: it holds the store's {@link StoreWriter}, so nothing else can change
 * the store. Creates, replaces and withdraws records; every change is validated against the shapes first
 * and written in one transaction, so a batch lands whole or not at all. Content that did not change is
 * not written again. Derived graphs (harvest runs, quality measurements, loads of bulk sources) are
 * written here too, each in one transaction, neither validated nor indexed: they describe records, they
 * are not records.
 *
 * <pre>
 * ChangeSummary summary = records.putAll(List.of(dataset, producer), Progress.NONE);
 * </pre>
 */
public final class RecordService {
    private final CatalogStore store;
    private final StoreWriter writer;
    private final RecordValidator validator;
    private final BatchValidation validation;
    private final String agentBase;
    private final Clock clock;
    private final List<Consumer<List<CommittedRecord>>> listeners = new ArrayList<>();

    public RecordService(CatalogStore store, RecordValidator validator, String agentBase, Clock clock) {
        this.store = store;
        this.writer = store.writer();
        this.validator = validator;
        this.validation = new BatchValidation(store, validator);
        this.agentBase = agentBase;
        this.clock = clock;
    }

    /** Called after each committed change with the records written, as stored (for the index). */
    public void onCommit(Consumer<List<CommittedRecord>> listener) {
        listeners.add(listener);
    }

    /**
     * Builds what validation builds at first use (shapes, the controlled vocabularies), so the first
     * batch does not wait for it; harmless to call again.
     */
    public void prepareValidation() {
        validator.prepare();
    }

    /** Validates without writing; references resolve against the store and the background. */
    public ValidationReport validate(CatalogRecord record) {
        return validateBatch(List.of(record), Progress.NONE).reports().get(0);
    }

    /** Validates a batch as it would be written: records may point to each other. Writes nothing. */
    public List<ValidationReport> validateAll(List<CatalogRecord> batch) {
        return validateBatch(batch, Progress.NONE).reports();
    }

    /**
     * Validates a batch as it would be written (records may point to each other), keeping a copy of
     * what was validated for {@link #putValidated}. What records point to is looked up in the batch,
     * then in the store (one read transaction for the whole batch) and the background, each resource
     * once. Writes nothing.
     */
    public ValidatedBatch validateBatch(List<CatalogRecord> batch, Progress progress) {
        return new ValidatedBatch(this, validation.validate(batch, progress, true, Leniency.NONE));
    }

    /**
     * As {@link #validateBatch}, but the caller hands the records' content graphs over: they are validated
     * and later written as they are, not copied, so the caller must not change them afterwards. For a
     * harvest, which owns what it read: a copy of a million triples costs seconds and its memory.
     */
    public ValidatedBatch validateHandedOver(List<CatalogRecord> batch, Progress progress) {
        return validateHandedOver(batch, progress, Leniency.NONE);
    }

    /**
     * As {@link #validateHandedOver(List, Progress)}, a record that does not conform being amended as
     * {@code leniency} says and validated again (what was changed: {@link ValidatedBatch#amendments()}).
     */
    public ValidatedBatch validateHandedOver(List<CatalogRecord> batch, Progress progress, Leniency leniency) {
        return new ValidatedBatch(this, validation.validate(batch, progress, false, leniency));
    }

    /** Creates or replaces one record. */
    public Change put(CatalogRecord record) {
        ChangeSummary summary = new ChangeSummary();
        List<Change> changes = write(strictly(validateBatch(List.of(record), Progress.NONE)), CommitSize.WHOLE_BATCH,
                Progress.NONE, summary);
        return changes.get(0);
    }

    /** Creates or replaces records, all in one transaction, after validating every one; none if one fails. */
    public ChangeSummary putAll(List<CatalogRecord> records, Progress progress) {
        ChangeSummary summary = new ChangeSummary();
        write(strictly(validateBatch(records, progress)), CommitSize.WHOLE_BATCH, progress, summary);
        return summary;
    }

    /**
     * Creates or replaces one record and, in the same transaction, the derived graphs that go with it
     * (the version graphs of a vocabulary, say, named in {@code derived} and replaced whole): the record
     * is validated first, and nothing is written when it fails; the derived graphs are neither validated
     * nor indexed. A record whose content did not change is not written again, its derived graphs are.
     */
    public Change put(CatalogRecord record, Map<String, Graph> derived) {
        List<ValidatedBatch.Checked> checked = strictly(validateBatch(List.of(record), Progress.NONE));
        Instant now = clock.instant();
        Written written = writer.write(() -> {
            Written w = write(checked.get(0), now);
            derived.forEach(writer::replaceRecordGraph);
            return w;
        });
        if (written.change() != Change.UNCHANGED) {
            notifyListeners(List.of(new CommittedRecord(record.iri(), written.graph())), Progress.NONE);
        }
        return written.change();
    }

    /**
     * Writes the records of a batch this service validated that conform, in one transaction, without
     * validating them again. A record whose validation read a refused record of the batch is
     * validated again without it, and refused in turn if it now fails.
     *
     * @throws IllegalArgumentException when another service validated the batch
     * @throws IllegalStateException when the batch was already written
     */
    public BatchOutcome putValidated(ValidatedBatch batch, Progress progress) {
        return putValidated(batch, CommitSize.WHOLE_BATCH, progress);
    }

    /**
     * As {@link #putValidated(ValidatedBatch, Progress)}, committing as {@code commitSize} says: each
     * record lands whole or not at all, and listeners hear of each commit as it is made.
     */
    public BatchOutcome putValidated(ValidatedBatch batch, CommitSize commitSize, Progress progress) {
        batch.claim(this);
        List<ValidationReport> refused = new ArrayList<>();
        List<ValidatedBatch.Checked> kept = new ArrayList<>();
        for (ValidatedBatch.Checked c : batch.checked()) {
            if (c.report().conforms()) {
                kept.add(c);
            } else {
                refused.add(c.report());
            }
        }
        kept = validation.withoutReadersOf(refused, kept);
        ChangeSummary summary = new ChangeSummary();
        write(kept, commitSize, progress, summary);
        return new BatchOutcome(kept.stream().map(ValidatedBatch.Checked::record).toList(), summary, refused);
    }

    private List<ValidatedBatch.Checked> strictly(ValidatedBatch batch) {
        batch.claim(this);
        if (!batch.conforms()) {
            throw new InvalidRecordException(batch.failures());
        }
        return batch.checked();
    }

    private List<Change> write(List<ValidatedBatch.Checked> records, CommitSize commitSize, Progress progress,
                               ChangeSummary summary) {
        if (records.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Change> changes = new ArrayList<>(records.size());
        int from = 0;
        while (from < records.size()) {
            int to = from;
            long triples = 0;
            while (to < records.size() && (to == from || triples < commitSize.triples())) {
                triples += records.get(to++).content().size();
            }
            commit(records.subList(from, to), now, from, records.size(), progress, changes);
            from = to;
        }
        changes.forEach(summary::add);
        return changes;
    }

    /** Writes {@code part} in one transaction, then tells the listeners; adds each record's change to {@code changes}. */
    private void commit(List<ValidatedBatch.Checked> part, Instant now, int done, int total, Progress progress,
                        List<Change> changes) {
        List<CommittedRecord> written = new ArrayList<>();
        List<Change> made = writer.write(() -> {
            List<Change> partChanges = new ArrayList<>(part.size());
            written.clear();
            int i = done;
            progress.update("write", i, total);
            for (ValidatedBatch.Checked record : part) {
                Written result = write(record, now);
                partChanges.add(result.change());
                if (result.change() != Change.UNCHANGED) {
                    written.add(new CommittedRecord(record.record().iri(), result.graph()));
                }
                progress.update("write", ++i, total);
            }
            return partChanges;
        });
        changes.addAll(made);
        notifyListeners(written, progress);
    }

    /** What writing one record did, and the graph it stored (null when unchanged). */
    private record Written(Change change, Graph graph) {}

    /**
     * Writes the validated content with its provenance beside it, as a view over both (the content graph,
     * a private copy or one handed over, is left as it is). A disjoint union: provenance is about the
     * record node alone, which content does not describe, so nothing needs deduplicating — Jena's
     * {@code Union} would remember every content triple in a hash set at each look-up.
     */
    private Written write(ValidatedBatch.Checked checked, Instant now) {
        CatalogRecord record = checked.record();
        String hash = checked.hash();
        Optional<Graph> provenance = store.subjectIn(record.iri(), RecordProvenance.recordNode(record.iri()));
        if (provenance.isPresent()
                && RecordProvenance.hash(record.iri(), provenance.get()).filter(hash::equals).isPresent()
                && !RecordProvenance.withdrawn(record.iri(), provenance.get())) {
            return new Written(Change.UNCHANGED, null);
        }
        Instant issued = provenance.flatMap(g -> RecordProvenance.issued(record.iri(), g)).orElse(now);
        Graph provenanceOnly = GraphFactory.createDefaultGraph();
        RecordProvenance.add(provenanceOnly, record.iri(), record.source(), agent(record.source()), hash,
                issued, now, RecordProvenance.STATUS_COMPLETED);
        Graph graph = new DisjointUnion(checked.content(), provenanceOnly);
        writer.replaceRecordGraph(record.iri(), graph);
        return new Written(provenance.isPresent() ? Change.CHANGED : Change.ADDED, graph);
    }

    /** Marks a record withdrawn: kept and still served, flagged so users and harvesters know. */
    public Change withdraw(String iri, RecordSource source) {
        Written written = writer.write(() -> {
            Graph stored = store.recordGraph(iri).orElseThrow(() -> new RecordNotFoundException(iri));
            if (RecordProvenance.withdrawn(iri, stored)) {
                return new Written(Change.UNCHANGED, null);
            }
            Graph content = RecordProvenance.content(iri, stored);
            Instant issued = RecordProvenance.issued(iri, stored).orElse(clock.instant());
            RecordProvenance.add(content, iri, source, agent(source), ContentHash.of(content), issued,
                    clock.instant(), RecordProvenance.STATUS_WITHDRAWN);
            writer.replaceRecordGraph(iri, content);
            return new Written(Change.WITHDRAWN, content);
        });
        if (written.change() == Change.WITHDRAWN) {
            notifyListeners(List.of(new CommittedRecord(iri, written.graph())), Progress.NONE);
        }
        return written.change();
    }

    /** True when a bulk source (the demo content, say) was loaded with exactly this fingerprint. */
    public boolean sourceLoaded(String sourceIri, String fingerprint) {
        return store.read(() -> SourceRuns.loaded(store, sourceIri, fingerprint));
    }

    /** Records that a bulk source was loaded whole, as a PROV activity in its own graph. */
    public void markSourceLoaded(String sourceIri, String fingerprint, String label, ChangeSummary summary) {
        replaceDerived(sourceIri, SourceRuns.activity(sourceIri, fingerprint, label, summary, clock.instant()));
    }

    /**
     * Writes the named graphs of {@code snapshot} as they are — records with their provenance, derived
     * graphs — replacing graphs of the same names, in one transaction; listeners hear of every graph
     * written. For restoring a backup or an export of this catalogue, whose records were validated
     * when they were first written: nothing is validated again, so never hand it outside input.
     */
    public void restore(DatasetGraph snapshot, Progress progress) {
        List<CommittedRecord> written = new ArrayList<>();
        writer.write(() -> {
            snapshot.listGraphNodes().forEachRemaining(name -> {
                Graph graph = GraphFactory.createDefaultGraph();
                snapshot.getGraph(name).find().forEachRemaining(graph::add);
                writer.replaceRecordGraph(name.getURI(), graph);
                written.add(new CommittedRecord(name.getURI(), graph));
                progress.update("restore", written.size(), -1);
            });
        });
        notifyListeners(written, progress);
    }

    /**
     * Replaces the derived graph {@code graphIri} (a harvest run, say) with {@code graph}, in one transaction.
     * A derived graph describes records; it is neither validated nor indexed.
     */
    public void replaceDerived(String graphIri, Graph graph) {
        writer.write(() -> writer.replaceRecordGraph(graphIri, graph));
    }

    /**
     * Makes the derived graph {@code graphIri} what {@code next} computes from it as stored (an empty graph
     * when there is none), in one transaction, writing only the triples that differ: measurements that
     * did not change cost nothing.
     */
    public void updateDerived(String graphIri, UnaryOperator<Graph> next) {
        writer.write(() -> {
            Graph stored = store.recordGraph(graphIri).orElseGet(GraphFactory::createDefaultGraph);
            writer.updateRecordGraph(graphIri, next.apply(stored));
        });
    }

    /**
     * Changes derived graphs in one transaction, triple by triple, as {@code change} decides from the store as
     * it stands (the quality measurements of the records a commit wrote, say); neither validated nor indexed.
     */
    public <T> T changeDerived(Function<DerivedGraphs, T> change) {
        return writer.write(() -> change.apply(writer.derivedGraphs()));
    }

    /** True when the public store holds record {@code iri}. */
    public boolean exists(String iri) {
        return store.read(() -> store.containsRecord(iri));
    }

    /** The content hash of record {@code iri} as stored, if it is. */
    public Optional<String> storedHash(String iri) {
        return store.read(() -> store.subjectIn(iri, RecordProvenance.recordNode(iri))
                .flatMap(g -> RecordProvenance.hash(iri, g)));
    }

    /** The stored content of a record, without provenance. */
    public Optional<Graph> content(String iri) {
        return store.read(() -> store.recordGraph(iri).map(g -> RecordProvenance.content(iri, g)));
    }

    private Node agent(RecordSource source) {
        return NodeFactory.createURI(agentBase + source.agent());
    }

    private void notifyListeners(List<CommittedRecord> committed, Progress progress) {
        if (!committed.isEmpty()) {
            progress.update("index", 0, committed.size());
            listeners.forEach(l -> l.accept(List.copyOf(committed)));
            progress.update("index", committed.size(), committed.size());
        }
    }
}

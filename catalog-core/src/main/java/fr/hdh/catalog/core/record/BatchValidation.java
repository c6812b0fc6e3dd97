package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.validation.Amendment;
import fr.hdh.catalog.core.validation.GraphDescriptions;
import fr.hdh.catalog.core.validation.Leniency;
import fr.hdh.catalog.core.validation.RecordValidator;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * How the record service validates a batch: a private copy of each record's content is validated and
 * hashed; what records point to is looked up in the batch (noting which records each validation read),
 * then in the store and in the background vocabularies, each resource once. Records are validated on
 * all cores, each in a read transaction of its own: a commit another thread makes meanwhile may be seen
 * by some and not others, as it may anyway land between validation and writing.
 */
final class BatchValidation {
    /** Rounds of amending at most: a drop can reveal at most a fault or two more (a part left empty). */
    static final int AMENDING_ROUNDS = 4;

    private final CatalogStore store;
    private final RecordValidator validator;

    BatchValidation(CatalogStore store, RecordValidator validator) {
        this.store = store;
        this.validator = validator;
    }

    /**
     * Validates {@code batch}; a record that does not conform is amended as {@code leniency} says and
     * validated again, for at most {@value #AMENDING_ROUNDS} rounds.
     *
     * @param copy whether each record's content is copied first (else the caller handed it over)
     */
    List<ValidatedBatch.Checked> validate(List<CatalogRecord> batch, Progress progress, boolean copy, Leniency leniency) {
        // Each record is copied, hashed and validated on its own, with the batch's look-ups shared: done on
        // all cores, each record in a read transaction of its own. Inside a caller's transaction, all
        // is done on the caller's thread, which alone sees what that transaction wrote.
        boolean parallel = !store.inTransaction();
        List<Copy> copies = (parallel ? batch.parallelStream() : batch.stream())
                .map(r -> copy ? Copy.of(r) : Copy.handedOver(r)).toList();
        Map<String, Graph> contents = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            contents.putIfAbsent(batch.get(i).iri(), copies.get(i).content());
        }
        BatchReferences inBatch = new BatchReferences(contents);
        ReferenceLookup remembered = remembered();
        progress.update("validate", 0, batch.size());
        IntStream records = parallel ? IntStream.range(0, batch.size()).parallel() : IntStream.range(0, batch.size());
        List<ValidatedBatch.Checked> checked = new ArrayList<>(records
                .mapToObj(i -> store.read(() -> check(batch.get(i), copies.get(i), inBatch, remembered, List.of())))
                .toList());
        progress.update("validate", batch.size(), batch.size());
        amend(checked, leniency, inBatch, parallel);
        return checked;
    }

    /** Rounds of amending what does not conform and validating it again, until nothing more changes. */
    private void amend(List<ValidatedBatch.Checked> checked, Leniency leniency, BatchReferences inBatch, boolean parallel) {
        for (int round = 0; round < AMENDING_ROUNDS; round++) {
            // Amended one by one (each changes only its own graph), validated again on all cores, as above.
            List<Integer> amended = new ArrayList<>();
            List<List<Amendment>> made = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                ValidatedBatch.Checked c = checked.get(i);
                if (!c.report().conforms()) {
                    List<Amendment> changes = leniency.amend(c.record(), c.content(), c.report());
                    if (!changes.isEmpty()) {
                        amended.add(i);
                        List<Amendment> all = new ArrayList<>(c.amendments());
                        all.addAll(changes);
                        made.add(all);
                    }
                }
            }
            if (amended.isEmpty()) {
                return;
            }
            ReferenceLookup remembered = remembered();
            IntStream again = parallel ? IntStream.range(0, amended.size()).parallel() : IntStream.range(0, amended.size());
            List<ValidatedBatch.Checked> rechecked = again.mapToObj(k -> {
                ValidatedBatch.Checked c = checked.get(amended.get(k));
                Copy copy = new Copy(c.content(), ContentHash.of(c.content()));
                return store.read(() -> check(c.record(), copy, inBatch, remembered, made.get(k)));
            }).toList();
            for (int k = 0; k < amended.size(); k++) {
                checked.set(amended.get(k), rechecked.get(k));
            }
        }
    }

    private ValidatedBatch.Checked check(CatalogRecord record, Copy copy, BatchReferences inBatch, ReferenceLookup remembered,
                                         List<Amendment> amendments) {
        BatchReferences.Reader reader = inBatch.reader(record.iri());
        ValidationReport report = validator.withReferences(reader.and(remembered)).validate(record.iri(), copy.content());
        return new ValidatedBatch.Checked(record, copy.content(), copy.hash(), report, reader.read(), amendments);
    }

    /** The content validated and written (a private copy, or the graph handed over) and its hash. */
    private record Copy(Graph content, String hash) {
        static Copy of(CatalogRecord record) {
            Graph copy = GraphFactory.createDefaultGraph();
            record.content().find().forEachRemaining(copy::add);
            return new Copy(copy, ContentHash.of(copy));
        }

        static Copy handedOver(CatalogRecord record) {
            return new Copy(record.content(), ContentHash.of(record.content()));
        }
    }

    /**
     * {@code kept} without the records that fail once the refused records are gone: the kept records
     * that read a refused one are validated again without it, until no more is refused. Adds the newly
     * refused reports to {@code refused}. Each round refuses at least one more record or ends.
     */
    List<ValidatedBatch.Checked> withoutReadersOf(List<ValidationReport> refused, List<ValidatedBatch.Checked> kept) {
        Set<String> gone = new HashSet<>();
        refused.forEach(r -> gone.add(r.recordIri()));
        List<ValidatedBatch.Checked> current = kept;
        while (!gone.isEmpty() && current.stream().anyMatch(c -> readAny(c, gone))) {
            List<ValidatedBatch.Checked> rechecked = revalidateReaders(current, gone);
            gone.clear();
            current = new ArrayList<>();
            for (ValidatedBatch.Checked c : rechecked) {
                if (c.report().conforms()) {
                    current.add(c);
                } else {
                    refused.add(c.report());
                    gone.add(c.record().iri());
                }
            }
        }
        return current;
    }

    private static boolean readAny(ValidatedBatch.Checked c, Set<String> iris) {
        return !Collections.disjoint(c.readFromBatch(), iris);
    }

    /** {@code batch} with the records that read one of {@code gone} validated again against the batch. */
    private List<ValidatedBatch.Checked> revalidateReaders(List<ValidatedBatch.Checked> batch, Set<String> gone) {
        Map<String, Graph> contents = new LinkedHashMap<>();
        batch.forEach(c -> contents.putIfAbsent(c.record().iri(), c.content()));
        BatchReferences inBatch = new BatchReferences(contents);
        ReferenceLookup remembered = remembered();
        return store.read(() -> {
            List<ValidatedBatch.Checked> out = new ArrayList<>(batch.size());
            for (ValidatedBatch.Checked c : batch) {
                if (!readAny(c, gone)) {
                    out.add(c);
                    continue;
                }
                BatchReferences.Reader reader = inBatch.reader(c.record().iri());
                ValidationReport report = validator.withReferences(reader.and(remembered)).validate(c.record().iri(), c.content());
                out.add(new ValidatedBatch.Checked(c.record(), c.content(), c.hash(), report, reader.read(), c.amendments()));
            }
            return out;
        });
    }

    /**
     * What records point to outside the batch: looked up in the store, then the background, each
     * resource once for the batch. Use inside a read transaction of the store.
     */
    private ReferenceLookup remembered() {
        ReferenceLookup inStore = (resource, sink) -> GraphDescriptions.copy(store.union(), resource, sink);
        return new RememberedLookup(inStore.and(validator.references()));
    }
}

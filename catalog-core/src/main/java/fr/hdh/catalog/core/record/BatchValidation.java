package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.validation.GraphDescriptions;
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
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * How the record service validates a batch: a private copy of each record's content is validated and
 * hashed; what records point to is looked up in the batch (noting which records each validation read),
 * then in the store, in one read transaction for the whole batch, and in the background vocabularies,
 * each resource once.
 */
final class BatchValidation {
    private final CatalogStore store;
    private final RecordValidator validator;

    BatchValidation(CatalogStore store, RecordValidator validator) {
        this.store = store;
        this.validator = validator;
    }

    List<ValidatedBatch.Checked> validate(List<CatalogRecord> batch, Progress progress) {
        List<Graph> copies = new ArrayList<>(batch.size());
        Map<String, Graph> contents = new LinkedHashMap<>();
        for (CatalogRecord record : batch) {
            Graph copy = GraphFactory.createDefaultGraph();
            record.content().find().forEachRemaining(copy::add);
            copies.add(copy);
            contents.putIfAbsent(record.iri(), copy);
        }
        return store.read(() -> {
            BatchReferences inBatch = new BatchReferences(contents);
            RecordValidator batchValidator = validatorWith(inBatch);
            List<ValidatedBatch.Checked> checked = new ArrayList<>(batch.size());
            progress.update("validate", 0, batch.size());
            for (CatalogRecord record : batch) {
                Graph content = copies.get(checked.size());
                ValidationReport report = batchValidator.validate(record.iri(), content);
                checked.add(new ValidatedBatch.Checked(record, content, ContentHash.of(content), report,
                        inBatch.takeRead(record.iri())));
                progress.update("validate", checked.size(), batch.size());
            }
            return checked;
        });
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
        return store.read(() -> {
            BatchReferences inBatch = new BatchReferences(contents);
            RecordValidator batchValidator = validatorWith(inBatch);
            List<ValidatedBatch.Checked> out = new ArrayList<>(batch.size());
            for (ValidatedBatch.Checked c : batch) {
                if (!readAny(c, gone)) {
                    out.add(c);
                    continue;
                }
                ValidationReport report = batchValidator.validate(c.record().iri(), c.content());
                out.add(new ValidatedBatch.Checked(c.record(), c.content(), c.hash(), report,
                        inBatch.takeRead(c.record().iri())));
            }
            return out;
        });
    }

    /**
     * The validator looking up references in the batch, then in the store and the background
     * (remembered for the batch). Call inside a read transaction of the store.
     */
    private RecordValidator validatorWith(BatchReferences inBatch) {
        ReferenceLookup inStore = (resource, sink) -> GraphDescriptions.copy(store.union(), resource, sink);
        return validator.withReferences(inBatch.and(new RememberedLookup(inStore.and(validator.references()))));
    }
}

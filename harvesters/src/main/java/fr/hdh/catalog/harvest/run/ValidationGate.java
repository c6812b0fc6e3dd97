package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.record.BatchOutcome;
import fr.hdh.catalog.core.record.ChangeSummary;
import fr.hdh.catalog.core.record.CommitSize;
import fr.hdh.catalog.core.record.RecordService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Lets through only the records that conform: each batch is validated once, whole (records may point
 * to each other); the ones with violations are rejected with their report and the rest are written in
 * one transaction, without being validated again. A record whose validation read a rejected one is
 * validated again without it and rejected in turn if it now fails.
 *
 * <p>Records are written in three waves, each its own batch: what others point to (producers,
 * vocabularies, standards, projects), then datasets and data services, then catalogues. Once the
 * first wave is stored, the datasets' checks find all of it in the store. A wave is validated whole,
 * then written in transactions of about {@value #TRIPLES_PER_COMMIT} triples, each record whole or not
 * at all: the search index takes one part (on its own thread, see {@code SearchService.inBackground})
 * while the next is written.
 */
final class ValidationGate {
    private static final List<Set<RecordKind>> WAVES = List.of(
            EnumSet.of(RecordKind.PRODUCER, RecordKind.VOCABULARY, RecordKind.STANDARD, RecordKind.PROJECT),
            EnumSet.of(RecordKind.DATASET, RecordKind.DATA_SERVICE),
            EnumSet.of(RecordKind.CATALOG));

    /** Triples of content written per transaction. */
    static final long TRIPLES_PER_COMMIT = 25_000;

    private final RecordService records;

    ValidationGate(RecordService records) {
        this.records = records;
    }

    /** What passed and was written, and what was refused. */
    record Outcome(List<CatalogRecord> stored, ChangeSummary changes, List<Rejection> rejections) {}

    Outcome apply(List<CatalogRecord> records, Progress progress) {
        List<CatalogRecord> stored = new ArrayList<>();
        ChangeSummary changes = new ChangeSummary();
        List<Rejection> rejections = new ArrayList<>();
        for (Set<RecordKind> wave : WAVES) {
            List<CatalogRecord> batch = records.stream().filter(r -> wave.contains(r.kind())).toList();
            if (!batch.isEmpty()) {
                BatchOutcome outcome = this.records.putValidated(this.records.validateBatch(batch, progress),
                        CommitSize.aboutTriples(TRIPLES_PER_COMMIT), progress);
                stored.addAll(outcome.stored());
                changes.addAll(outcome.changes());
                outcome.refused().forEach(report -> rejections.add(new Rejection(report.recordIri(), report.toText())));
            }
        }
        return new Outcome(stored, changes, rejections);
    }
}

package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.record.BatchOutcome;
import fr.hdh.catalog.core.record.ChangeSummary;
import fr.hdh.catalog.core.record.CommitSize;
import fr.hdh.catalog.core.record.RecordService;
import fr.hdh.catalog.core.record.ValidatedBatch;
import fr.hdh.catalog.core.validation.Amendment;
import fr.hdh.catalog.core.validation.Leniency;
import fr.hdh.catalog.core.validation.ViolationDrops;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Lets through only what conforms: each batch is validated whole (records may point to each other); a
 * record with violations loses the values that break a rule and is validated again
 * ({@link ViolationDrops}); one that still fails (a mandatory property missing) is rejected with its
 * report, and the rest are written without being validated again. A record whose validation read a rejected one is
 * validated again without it and rejected in turn if it now fails.
 *
 * <p>Records are written in three waves, each its own batch: what others point to (producers,
 * vocabularies, standards, projects), then datasets and data services, then catalogues. Once the
 * first wave is stored, the datasets' checks find all of it in the store. A wave is validated whole,
 * then written in a few transactions ({@link #commitSize}), each record whole or not at all: the search
 * index takes one part (on its own thread, see {@code SearchService.inBackground}) while the next is
 * written.
 */
final class ValidationGate {
    private static final List<Set<RecordKind>> WAVES = List.of(
            EnumSet.of(RecordKind.PRODUCER, RecordKind.VOCABULARY, RecordKind.STANDARD, RecordKind.PROJECT),
            EnumSet.of(RecordKind.DATASET, RecordKind.DATA_SERVICE),
            EnumSet.of(RecordKind.CATALOG));

    /**
     * A wave is written in about this many transactions: enough for the index to take most of it while
     * the rest is written, few enough that the commits' syncs to disk stay a small part of the time.
     */
    static final int COMMITS_PER_WAVE = 8;
    /** The fewest triples of content written per transaction. */
    static final long MIN_TRIPLES_PER_COMMIT = 100_000;

    private static final Leniency LENIENCY = new ViolationDrops();

    private final RecordService records;

    ValidationGate(RecordService records) {
        this.records = records;
    }

    /**
     * What passed and was written, what was refused, and what the lenient validation dropped from each
     * record it amended (stored or refused in the end), by record IRI.
     */
    record Outcome(List<CatalogRecord> stored, ChangeSummary changes, List<Rejection> rejections,
                   Map<String, List<Amendment>> drops) {}

    /** About {@value #COMMITS_PER_WAVE} transactions for the wave, of at least {@value #MIN_TRIPLES_PER_COMMIT} triples. */
    static CommitSize commitSize(List<CatalogRecord> wave) {
        long triples = 0;
        for (CatalogRecord r : wave) {
            triples += r.content().size();
        }
        return CommitSize.aboutTriples(Math.max(MIN_TRIPLES_PER_COMMIT, triples / COMMITS_PER_WAVE));
    }

    Outcome apply(List<CatalogRecord> records, Progress progress) {
        List<CatalogRecord> stored = new ArrayList<>();
        ChangeSummary changes = new ChangeSummary();
        List<Rejection> rejections = new ArrayList<>();
        Map<String, List<Amendment>> drops = new LinkedHashMap<>();
        for (Set<RecordKind> wave : WAVES) {
            List<CatalogRecord> batch = records.stream().filter(r -> wave.contains(r.kind())).toList();
            if (!batch.isEmpty()) {
                // The run owns what it read: validated (values breaking a rule dropped) and written without a copy.
                ValidatedBatch validated = this.records.validateHandedOver(batch, progress, LENIENCY);
                drops.putAll(validated.amendments());
                BatchOutcome outcome = this.records.putValidated(validated, commitSize(batch), progress);
                stored.addAll(outcome.stored());
                changes.addAll(outcome.changes());
                outcome.refused().forEach(report -> rejections.add(new Rejection(report.recordIri(), report.toText())));
            }
        }
        return new Outcome(stored, changes, rejections, drops);
    }
}

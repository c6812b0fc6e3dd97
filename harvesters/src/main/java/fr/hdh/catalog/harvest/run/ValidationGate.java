package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.record.ChangeSummary;
import fr.hdh.catalog.core.record.RecordService;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import fr.hdh.catalog.core.validation.ValidationReport;
import fr.hdh.catalog.core.RecordKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lets through only the records that conform: each batch is validated whole (records may point to
 * each other), the ones with violations are rejected with their report, and the rest are written in
 * one transaction. A record that pointed to a rejected one fails when written; it is rejected in turn
 * and the write tried again, a few times at most.
 *
 * <p>Records are written in three waves, each its own batch: what others point to (producers,
 * vocabularies, standards, projects), then datasets and data services, then catalogues. The validator
 * finds a record of the same batch only by its main IRI, not the resources inside it (a publisher's
 * contact point, say); once the first wave is stored, the datasets' checks find all of it.
 */
final class ValidationGate {
    private static final int MAX_ATTEMPTS = 4;
    private static final List<Set<RecordKind>> WAVES = List.of(
            EnumSet.of(RecordKind.PRODUCER, RecordKind.VOCABULARY, RecordKind.STANDARD, RecordKind.PROJECT),
            EnumSet.of(RecordKind.DATASET, RecordKind.DATA_SERVICE),
            EnumSet.of(RecordKind.CATALOG));

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
                Outcome outcome = applyBatch(batch, progress);
                stored.addAll(outcome.stored());
                changes.addAll(outcome.changes());
                rejections.addAll(outcome.rejections());
            }
        }
        return new Outcome(stored, changes, rejections);
    }

    private Outcome applyBatch(List<CatalogRecord> batch, Progress progress) {
        List<Rejection> rejections = new ArrayList<>();
        progress.update("check", 0, batch.size());
        List<ValidationReport> reports = records.validateAll(batch);
        progress.update("check", batch.size(), batch.size());
        List<CatalogRecord> valid = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (reports.get(i).conforms()) {
                valid.add(batch.get(i));
            } else {
                rejections.add(rejectionOf(reports.get(i)));
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                ChangeSummary changes = valid.isEmpty() ? new ChangeSummary() : records.putAll(valid, progress);
                return new Outcome(valid, changes, rejections);
            } catch (InvalidRecordException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                Set<String> failed = new HashSet<>();
                for (ValidationReport report : e.reports()) {
                    failed.add(report.recordIri());
                    rejections.add(rejectionOf(report));
                }
                valid.removeIf(r -> failed.contains(r.iri()));
            }
        }
    }

    private static Rejection rejectionOf(ValidationReport report) {
        return new Rejection(report.recordIri(), report.toText());
    }
}

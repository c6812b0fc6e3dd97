package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.validation.ValidationReport;
import java.util.List;

/**
 * What {@link RecordService#putValidated} did with a batch.
 *
 * @param stored the records that conform and are in the store as given (written, or unchanged)
 * @param changes what writing them did
 * @param refused the reports of the records not written: those that broke the shapes, and those that
 *                broke them once a record they pointed to was refused
 */
public record BatchOutcome(List<CatalogRecord> stored, ChangeSummary changes, List<ValidationReport> refused) {
    public BatchOutcome {
        stored = List.copyOf(stored);
        refused = List.copyOf(refused);
    }
}

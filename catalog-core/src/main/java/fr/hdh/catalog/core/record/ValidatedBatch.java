package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.validation.Amendment;
import fr.hdh.catalog.core.validation.ValidationReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;

/**
 * A batch as {@link RecordService#validateBatch} validated it: each record's report, and a private
 * copy of the content that was validated, which is exactly what {@link RecordService#putValidated}
 * writes. Only the record service makes one, only the service that made it writes it, and only
 * once: validation runs once per write, and a graph changed after validation cannot slip in.
 *
 * <pre>
 * ValidatedBatch checked = records.validateBatch(batch, progress);
 * checked.failures().forEach(r -&gt; System.err.println(r.toText()));
 * BatchOutcome outcome = records.putValidated(checked, progress);   // writes the records that conform
 * </pre>
 */
public final class ValidatedBatch {
    private final RecordService issuer;
    private final List<Checked> checked;
    private boolean written;

    /**
     * One record as validated.
     *
     * @param record the record as given
     * @param content the copy of its content that was validated and hashed
     * @param hash the content hash
     * @param report its report
     * @param readFromBatch the other records of the batch whose descriptions its validation read
     * @param amendments what a lenient validation took out of it before it conformed
     */
    record Checked(CatalogRecord record, Graph content, String hash, ValidationReport report, Set<String> readFromBatch,
                   List<Amendment> amendments) {
        Checked {
            amendments = List.copyOf(amendments);
        }
    }

    ValidatedBatch(RecordService issuer, List<Checked> checked) {
        this.issuer = issuer;
        this.checked = List.copyOf(checked);
    }

    /** Every record's report, in the order of the batch. */
    public List<ValidationReport> reports() {
        return checked.stream().map(Checked::report).toList();
    }

    /** What a lenient validation changed in each record it amended, by record IRI. */
    public Map<String, List<Amendment>> amendments() {
        Map<String, List<Amendment>> byRecord = new LinkedHashMap<>();
        checked.stream().filter(c -> !c.amendments().isEmpty())
                .forEach(c -> byRecord.put(c.record().iri(), c.amendments()));
        return byRecord;
    }

    /** The reports of the records that do not conform. */
    public List<ValidationReport> failures() {
        return reports().stream().filter(r -> !r.conforms()).toList();
    }

    /** True when every record conforms. */
    public boolean conforms() {
        return checked.stream().allMatch(c -> c.report().conforms());
    }

    public int size() {
        return checked.size();
    }

    List<Checked> checked() {
        return checked;
    }

    /** Claims the batch for writing by {@code writer}; refuses another service's batch or a second write. */
    synchronized void claim(RecordService writer) {
        if (writer != issuer) {
            throw new IllegalArgumentException("This batch was validated by another record service");
        }
        if (written) {
            throw new IllegalStateException("This batch was already written; validate it again to write it again");
        }
        written = true;
    }
}

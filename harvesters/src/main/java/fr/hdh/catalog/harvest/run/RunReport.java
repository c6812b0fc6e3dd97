package fr.hdh.catalog.harvest.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One harvest run, as stored in its graph and listed by {@code GET /api/harvest/runs}.
 *
 * @param runIri the PROV activity (and the name of its graph)
 * @param sourceId the configured source
 * @param type the source type ({@code dcat}, {@code ckan}, …)
 * @param location what was read
 * @param started when the run began
 * @param ended when it finished
 * @param status {@link Status#COMPLETED} or {@link Status#FAILED} (the source could not be read at all)
 * @param counts what it did
 * @param amendments what it changed in the records it stored (repairs, values dropped)
 * @param rejections each refused item with its reason
 * @param note why withdrawal was skipped, or why the run failed, when it did
 */
public record RunReport(String runIri, String sourceId, String type, String location, Instant started,
                        Instant ended, Status status, RunCounts counts, AmendmentTally amendments, List<Rejection> rejections,
                        Optional<String> note) {
    /** How a run ended. */
    public enum Status { COMPLETED, FAILED }

    public RunReport {
        rejections = List.copyOf(rejections);
    }

    /** The summary a person reads: counts, then each rejection with its reason. */
    public String toText() {
        StringBuilder text = new StringBuilder()
                .append("harvest ").append(sourceId).append(" (").append(type).append(", ").append(location).append("): ")
                .append(status.name().toLowerCase()).append(System.lineSeparator())
                .append("  ").append(counts).append(System.lineSeparator())
                .append("  ").append(amendments).append(System.lineSeparator());
        note.ifPresent(n -> text.append("  note: ").append(n).append(System.lineSeparator()));
        for (Rejection r : rejections) {
            text.append("  rejected ").append(r.item()).append(": ")
                    .append(r.reason().replace(System.lineSeparator(), System.lineSeparator() + "    "))
                    .append(System.lineSeparator());
        }
        return text.toString();
    }
}

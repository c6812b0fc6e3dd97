package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.harvest.run.RunReport;
import java.util.List;

/** The JSON shape of one run in {@code GET /api/harvest/runs}. */
public record RunDto(String run, String source, String type, String location, String started, String ended,
                     String status, Counts counts, List<RejectionDto> rejections, String note) {

    /** The run's counts. */
    public record Counts(long seen, long added, long changed, long unchanged, long withdrawn, long rejected) {}

    /** One refused item and why. */
    public record RejectionDto(String item, String reason) {}

    static RunDto of(RunReport r) {
        var c = r.counts();
        return new RunDto(r.runIri(), r.sourceId(), r.type(), r.location(), r.started().toString(), r.ended().toString(),
                r.status().name(), new Counts(c.seen(), c.added(), c.changed(), c.unchanged(), c.withdrawn(), c.rejected()),
                r.rejections().stream().map(x -> new RejectionDto(x.item(), x.reason())).toList(), r.note().orElse(null));
    }
}

package fr.hdh.catalog.web.harvest;

import fr.hdh.catalog.harvest.run.RunReport;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of one run in {@code GET /api/harvest/runs}, which is public: a local source shows by
 * its file name, and no text of the run names the server's folders ({@link PublicLocation}).
 */
public record RunDto(String run, String source, String type, String location, String started, String ended,
                     String status, Counts counts, Amendments amendments, List<RejectionDto> rejections, String note) {

    /** The run's counts. */
    public record Counts(long seen, long added, long changed, long unchanged, long withdrawn, long rejected) {}

    /**
     * What the run changed in the records it stored: how many were repaired or stored without some
     * values, and the count of each kind of repair and of each rule whose breaking values were dropped.
     */
    public record Amendments(long storedWithRepairs, long storedWithDrops, Map<String, Long> repairs, Map<String, Long> drops) {}

    /** One refused item and why. */
    public record RejectionDto(String item, String reason) {}

    static RunDto of(RunReport r) {
        var c = r.counts();
        String at = r.location();
        return new RunDto(r.runIri(), r.sourceId(), r.type(), PublicLocation.shown(at), r.started().toString(),
                r.ended().toString(), r.status().name(),
                new Counts(c.seen(), c.added(), c.changed(), c.unchanged(), c.withdrawn(), c.rejected()),
                new Amendments(r.amendments().storedWithRepairs(), r.amendments().storedWithDrops(),
                        r.amendments().repairs(), r.amendments().drops()),
                r.rejections().stream().map(x -> new RejectionDto(PublicLocation.hidden(x.item(), at),
                        PublicLocation.hidden(x.reason(), at))).toList(),
                r.note().map(n -> PublicLocation.hidden(n, at)).orElse(null));
    }
}

package fr.hdh.catalog.bench.harvest;

import fr.hdh.catalog.core.Progress;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Progress} that splits a run's wall time by the phase the runner reports ({@code read},
 * {@code check}, {@code validate}, {@code write}): the time since the previous report goes to the phase
 * of the report that ends it. The time before the first {@code check} goes to {@code rest of read} (what
 * the harvester does after its last report), before a later batch's {@code check} (after the previous
 * batch's last write: change listeners such as the search index) to {@code between batches}, and after
 * the last report (listeners, quality graph, run graph) to {@code after last write}. Cheap enough to leave on.
 */
final class PhaseClock implements Progress {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final long start;
    private long last;

    PhaseClock() {
        start = System.nanoTime();
        last = start;
    }

    @Override
    public void update(String phase, long done, long total) {
        long now = System.nanoTime();
        String bucket = phase;
        if ("check".equals(phase) && done == 0) {
            bucket = nanos.containsKey("write") ? "between batches (listeners, index)" : "rest of read (after its last report)";
        }
        nanos.merge(bucket, now - last, Long::sum);
        last = now;
    }

    /** Closes the clock at the end of the run and describes the split. */
    String summary(long endNanos) {
        Map<String, Long> all = new LinkedHashMap<>(nanos);
        all.merge("after last write (listeners, index, quality, run graph)", endNanos - last, Long::sum);
        StringBuilder s = new StringBuilder("  time by phase:");
        all.forEach((k, v) -> s.append(String.format(Locale.ROOT, " %s %.2f s;", k, v / 1e9)));
        return s.toString();
    }
}

package fr.hdh.catalog.bench.harvest;

import fr.hdh.catalog.core.Progress;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Progress} that splits a run's wall time by phase: a report of phase P means the run is in P
 * from then on, so the time until the next report goes to P. The runner and the record service report
 * each phase as it starts ({@code validate}, {@code write} with the commit, {@code index} for the
 * change listeners such as the search index, {@code withdraw}, {@code quality}, {@code run record}),
 * and the harvester reports {@code read}; the time before the first report goes to {@code read}, the
 * time after the last one to the last phase. A phase that happens once per batch is summed. Cheap
 * enough to leave on.
 */
final class PhaseClock implements Progress {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private String phase = "read";
    private long last;

    PhaseClock() {
        last = System.nanoTime();
    }

    /** Starts (or starts again) the clock now, in phase {@code read}, forgetting what it measured. */
    void start() {
        nanos.clear();
        phase = "read";
        last = System.nanoTime();
    }

    @Override
    public void update(String reported, long done, long total) {
        long now = System.nanoTime();
        nanos.merge(phase, now - last, Long::sum);
        phase = reported;
        last = now;
    }

    /** The seconds spent so far in {@code phase} (0 when it never ran). */
    double seconds(String phase) {
        return nanos.getOrDefault(phase, 0L) / 1e9;
    }

    /** Closes the clock at the end of the run and describes the split. */
    String summary(long endNanos) {
        Map<String, Long> all = new LinkedHashMap<>(nanos);
        all.merge(phase, endNanos - last, Long::sum);
        StringBuilder s = new StringBuilder("  time by phase:");
        all.forEach((k, v) -> s.append(String.format(Locale.ROOT, " %s %.2f s;", k, v / 1e9)));
        return s.toString();
    }
}

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
 * time after the last one to the last phase. A phase that happens once per batch is summed. Each
 * phase also gets the process CPU time spent meanwhile (all threads, GC included: work a background
 * thread does during a phase is counted there), which moves much less than wall time on a shared
 * machine. Cheap enough to leave on.
 */
final class PhaseClock implements Progress {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Map<String, Long> cpuNanos = new LinkedHashMap<>();
    private String phase = "read";
    private long last;
    private long lastCpu;

    PhaseClock() {
        last = System.nanoTime();
        lastCpu = HarvestBench.processCpuNanos();
    }

    /** Starts (or starts again) the clock now, in phase {@code read}, forgetting what it measured. */
    void start() {
        nanos.clear();
        cpuNanos.clear();
        phase = "read";
        last = System.nanoTime();
        lastCpu = HarvestBench.processCpuNanos();
    }

    @Override
    public void update(String reported, long done, long total) {
        if (reported.equals(phase)) {
            return;
        }
        long now = System.nanoTime();
        long cpu = HarvestBench.processCpuNanos();
        nanos.merge(phase, now - last, Long::sum);
        cpuNanos.merge(phase, cpu - lastCpu, Long::sum);
        phase = reported;
        last = now;
        lastCpu = cpu;
    }

    /** The seconds spent so far in {@code phase} (0 when it never ran). */
    double seconds(String phase) {
        return nanos.getOrDefault(phase, 0L) / 1e9;
    }

    /** Closes the clock at the end of the run and describes the split. */
    String summary(long endNanos) {
        Map<String, Long> all = new LinkedHashMap<>(nanos);
        all.merge(phase, endNanos - last, Long::sum);
        Map<String, Long> cpu = new LinkedHashMap<>(cpuNanos);
        cpu.merge(phase, HarvestBench.processCpuNanos() - lastCpu, Long::sum);
        StringBuilder s = new StringBuilder("  time by phase (wall / CPU):");
        all.forEach((k, v) -> s.append(String.format(Locale.ROOT, " %s %.2f / %.2f s;", k, v / 1e9,
                cpu.getOrDefault(k, 0L) / 1e9)));
        return s.toString();
    }
}

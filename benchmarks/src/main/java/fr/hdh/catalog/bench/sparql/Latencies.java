package fr.hdh.catalog.bench.sparql;

import java.util.Arrays;

/** The latencies of one query on one endpoint, summed up as median and 90th percentile. */
final class Latencies {
    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long value) {
        nanos[count++] = value;
    }

    double medianMillis() {
        return percentileMillis(50);
    }

    double p90Millis() {
        return percentileMillis(90);
    }

    /** Nearest-rank percentile. */
    private double percentileMillis(int percent) {
        if (count == 0) {
            throw new IllegalStateException("no latency recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}

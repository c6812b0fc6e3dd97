package fr.hdh.catalog.core.record;

import java.util.EnumMap;
import java.util.Map;

/** Counts of what a batch of writes did, by {@link Change}. */
public final class ChangeSummary {
    private final Map<Change, Integer> counts = new EnumMap<>(Change.class);

    /** Adds the counts of another summary to this one. */
    public void addAll(ChangeSummary other) {
        other.counts.forEach((change, n) -> counts.merge(change, n, Integer::sum));
    }

    void add(Change change) {
        counts.merge(change, 1, Integer::sum);
    }

    public int count(Change change) {
        return counts.getOrDefault(change, 0);
    }

    /** Records that were written (added, changed or withdrawn). */
    public int written() {
        return count(Change.ADDED) + count(Change.CHANGED) + count(Change.WITHDRAWN);
    }

    @Override
    public String toString() {
        return "added " + count(Change.ADDED) + ", changed " + count(Change.CHANGED)
                + ", unchanged " + count(Change.UNCHANGED) + ", withdrawn " + count(Change.WITHDRAWN);
    }
}

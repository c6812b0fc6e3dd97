package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.core.validation.Amendment;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a run changed in the records it stored, counted: records stored with repairs, records stored
 * with values dropped, and how many changes of each kind of repair and each broken rule.
 *
 * @param storedWithRepairs stored records the run repaired
 * @param storedWithDrops stored records the run took values out of
 * @param repairs repairs by kind ({@code media-type} → 12)
 * @param drops dropped values by the rule they broke ({@code dct:format sh:nodeKind} → 3)
 */
public record AmendmentTally(long storedWithRepairs, long storedWithDrops, SortedMap<String, Long> repairs,
                             SortedMap<String, Long> drops) {
    public static final AmendmentTally NONE = new AmendmentTally(0, 0, new TreeMap<>(), new TreeMap<>());

    public AmendmentTally {
        repairs = new TreeMap<>(repairs);
        drops = new TreeMap<>(drops);
    }

    /** The tally of the stored records' amendments, one list per record. */
    static AmendmentTally of(Collection<List<Amendment>> stored) {
        long repaired = stored.stream().filter(l -> l.stream().anyMatch(a -> a.type() == Amendment.Type.REPAIR)).count();
        long dropped = stored.stream().filter(l -> l.stream().anyMatch(a -> a.type() == Amendment.Type.DROP)).count();
        return new AmendmentTally(repaired, dropped, count(stored, Amendment.Type.REPAIR), count(stored, Amendment.Type.DROP));
    }

    private static SortedMap<String, Long> count(Collection<List<Amendment>> stored, Amendment.Type type) {
        return stored.stream().flatMap(List::stream).filter(a -> a.type() == type)
                .collect(Collectors.groupingBy(Amendment::kind, TreeMap::new, Collectors.counting()));
    }

    @Override
    public String toString() {
        return "stored with repairs " + storedWithRepairs + ", stored with drops " + storedWithDrops
                + (repairs.isEmpty() ? "" : "; repairs " + line(repairs))
                + (drops.isEmpty() ? "" : "; drops " + line(drops));
    }

    private static String line(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}

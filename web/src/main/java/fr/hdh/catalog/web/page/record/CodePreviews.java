package fr.hdh.catalog.web.page.record;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * The first codes and the size of each code list variable pages show, kept until the store changes: the CIM-10 codes
 * some 150 diagnosis variables of the SNDS (reading its 19,000 notations costs ~0.1 s each time; kept, nothing).
 * At most {@value #MAX_LISTS} lists are kept; past that the memory starts again empty.
 */
final class CodePreviews {
    static final int MAX_LISTS = 1_000;

    /** A list's first codes (by notation, one more than shown when there are more) and how many it holds. */
    record Preview(List<Node> first, long count) {}

    private final Map<Node, Preview> byList = new ConcurrentHashMap<>();
    private volatile long storeVersion = Long.MIN_VALUE;

    /** The preview of {@code list} in the store at {@code version}, read by {@code read} when not kept. */
    Preview of(Node list, long version, Function<Node, Preview> read) {
        if (version != storeVersion || byList.size() >= MAX_LISTS) {
            byList.clear();
            storeVersion = version;
        }
        return byList.computeIfAbsent(list, read);
    }
}

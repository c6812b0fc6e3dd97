package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.web.page.MemberSource.FoldedLine;
import fr.hdh.catalog.web.page.MemberSource.Member;
import fr.hdh.catalog.web.page.view.Lang;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The lines of the large code lists, their code and label folded, kept until the store changes: a filter over the
 * CIM-10's 19,000 codes compares kept lines (a few milliseconds) instead of reading and folding them again (~0.15 s
 * each time). At most {@value #MAX_LISTS} lists (in one language each) are kept, the least recently filtered dropped
 * first.
 */
final class FoldedMembers {
    static final int MAX_LISTS = 16;

    private record Key(String scheme, Lang lang) {}

    private final Map<Key, List<FoldedLine>> kept = new LinkedHashMap<>(MAX_LISTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<FoldedLine>> eldest) {
            return size() > MAX_LISTS;
        }
    };
    private long storeVersion = Long.MIN_VALUE;

    /** The folded lines of {@code scheme} in {@code lang} in the store at {@code version}, read by {@code read} when not kept. */
    synchronized List<FoldedLine> of(String scheme, Lang lang, long version, Supplier<List<Member>> read) {
        if (version != storeVersion) {
            kept.clear();
            storeVersion = version;
        }
        return kept.computeIfAbsent(new Key(scheme, lang), k -> read.get().stream().map(FoldedLine::of).toList());
    }
}

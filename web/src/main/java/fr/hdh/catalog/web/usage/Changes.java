package fr.hdh.catalog.web.usage;

import fr.hdh.catalog.core.record.Change;
import fr.hdh.catalog.core.record.ChangeSummary;
import java.util.Map;

/** What a write changed, as the API tells it. */
final class Changes {
    private Changes() {}

    static Map<String, Integer> of(ChangeSummary s) {
        return Map.of("added", s.count(Change.ADDED), "changed", s.count(Change.CHANGED), "unchanged", s.count(Change.UNCHANGED));
    }
}

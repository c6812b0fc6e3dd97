package fr.hdh.catalog.harvest.demo;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.Progress;

/** Placeholder: assembled once the converters land. */
public final class DemoContent {
    public record LoadResult(boolean alreadyLoaded, int records, long millis) {}

    public static DemoContent bundled() {
        return new DemoContent();
    }

    public LoadResult loadInto(Catalog catalog, Progress progress) {
        return new LoadResult(false, 0, 0);
    }
}

package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Progress;

/** Reports progress to two listeners (the health check and the console). */
record TeeProgress(Progress first, Progress second) implements Progress {
    @Override
    public void update(String phase, long done, long total) {
        first.update(phase, done, total);
        second.update(phase, done, total);
    }
}

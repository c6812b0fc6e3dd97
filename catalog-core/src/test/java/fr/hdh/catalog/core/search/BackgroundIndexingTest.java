package fr.hdh.catalog.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.record.CommittedRecord;
import fr.hdh.catalog.core.search.lucene.LuceneSearchIndex;
import fr.hdh.catalog.core.store.CatalogStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The background queue: commit order kept, drain waits for all of it, a failure counted and not fatal. */
class BackgroundIndexingTest {

    private static List<CommittedRecord> commit(String... iris) {
        List<CommittedRecord> records = new ArrayList<>();
        for (String iri : iris) {
            records.add(new CommittedRecord(iri, GraphFactory.createDefaultGraph()));
        }
        return records;
    }

    @Test
    void commitsAreIndexedInOrderOnAnotherThreadAndDrainWaitsForThem() throws InterruptedException {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Thread> indexingThread = new AtomicReference<>();
        CountDownLatch release = new CountDownLatch(1);
        BackgroundIndexing indexing = new BackgroundIndexing(committed -> {
            indexingThread.set(Thread.currentThread());
            awaitQuietly(release);
            committed.forEach(c -> seen.add(c.iri()));
        }, () -> {});
        indexing.submit(commit("a", "b"));
        indexing.submit(commit("c"));
        indexing.submit(commit("d"));
        Thread late = new Thread(() -> indexing.submit(commit("e")));
        late.start();
        late.join(200);
        assertTrue(late.isAlive(), "with one commit being indexed and " + BackgroundIndexing.CAPACITY
                + " waiting, the writer waits");
        assertTrue(seen.isEmpty(), "nothing indexed before the indexer is free");

        release.countDown();
        late.join();
        BackgroundIndexing.Drained drained = indexing.drain();

        assertEquals(List.of("a", "b", "c", "d", "e"), seen);
        assertNotEquals(Thread.currentThread(), indexingThread.get());
        assertEquals(new BackgroundIndexing.Drained(5, 0, java.util.Optional.empty()), drained);
        assertTrue(drained.complete());
        assertEquals(drained, indexing.drain(), "draining again changes nothing");
    }

    @Test
    void aFailedCommitIsCountedAndTheNextOnesAreStillIndexed() {
        List<String> seen = new ArrayList<>();
        BackgroundIndexing indexing = new BackgroundIndexing(committed -> {
            if (committed.get(0).iri().equals("bad")) {
                throw new IllegalStateException("disk full");
            }
            committed.forEach(c -> seen.add(c.iri()));
        }, () -> {});
        indexing.submit(commit("a"));
        indexing.submit(commit("bad", "worse"));
        indexing.submit(commit("b"));

        BackgroundIndexing.Drained drained = indexing.drain();

        assertEquals(List.of("a", "b"), seen);
        assertFalse(drained.complete());
        assertEquals(2, drained.failedRecords());
        assertEquals(2, drained.indexedRecords());
        assertTrue(drained.firstFailure().orElseThrow().contains("disk full"));
    }

    @Test
    void onlyTheOpeningThreadsCommitsGoToTheQueueUntilItIsDrained() throws InterruptedException {
        CatalogStore store = CatalogStore.inMemory();
        try (SearchService search = new SearchService(LuceneSearchIndex.inMemory(), store)) {
            BackgroundIndexing indexing = search.inBackground();
            assertThrows(IllegalStateException.class, search::inBackground);
            Thread other = new Thread(() -> search.inBackground().drain());
            other.start();
            other.join();

            assertTrue(indexing.drain().complete());
            search.inBackground().close();   // the thread may open another once the first is drained
        } finally {
            store.close();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

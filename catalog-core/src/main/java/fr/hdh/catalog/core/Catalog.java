package fr.hdh.catalog.core;

import fr.hdh.catalog.core.account.Accounts;
import fr.hdh.catalog.core.quality.AsPublishedConformance;
import fr.hdh.catalog.core.quality.QualityService;
import fr.hdh.catalog.core.record.DatasetWorkflow;
import fr.hdh.catalog.core.record.RecordService;
import fr.hdh.catalog.core.record.AsPublished;
import fr.hdh.catalog.core.record.Workspace;
import fr.hdh.catalog.core.search.SearchIndex;
import fr.hdh.catalog.core.search.SearchService;
import fr.hdh.catalog.core.search.lucene.LuceneSearchIndex;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.usage.UsageService;
import fr.hdh.catalog.core.validation.RecordValidator;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.core.validation.ShapesLibrary;
import fr.hdh.catalog.ontologies.NamedQuery;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The front door: one catalogue, its store, its validator and the service that changes it.
 *
 * <pre>
 * try (Catalog catalog = Catalog.open(CatalogConfig.onDisk(Path.of("data"), "http://localhost:8080/"),
 *                                     ReferenceLookup.NONE)) {
 *     catalog.records().put(record);
 *     System.out.println(catalog.stats().records());
 * }
 * </pre>
 */
public final class Catalog implements AutoCloseable {
    private final CatalogConfig config;
    private final CatalogStore store;
    private final CatalogStore workspaceStore;
    private final CatalogIris iris;
    private final RecordService records;
    private final SearchService search;
    private final ReferenceLookup vocabularies;
    private final DatasetWorkflow workflow;
    private final Workspace workspace;
    private final AsPublished asPublished;
    private final Accounts accounts;
    private final QualityService quality;
    private final UsageService usage;

    private Catalog(CatalogConfig config, CatalogStore store, CatalogStore workspaceStore, RecordValidator validator,
                    SearchIndex index) {
        this.config = config;
        this.vocabularies = validator.references();
        this.store = store;
        this.workspaceStore = workspaceStore;
        this.iris = new CatalogIris(config.baseIri());
        Clock clock = Clock.systemUTC();
        this.records = new RecordService(store, validator, iris.agent(""), clock);
        this.search = new SearchService(index, store);
        records.onCommit(search::recordsCommitted);
        this.workspace = new Workspace(workspaceStore, clock::instant);
        this.asPublished = new AsPublished(workspace);
        this.quality = new QualityService(store, records, iris,
                iri -> AsPublishedConformance.of(asPublished.amendments(iri).orElse(List.of())));
        records.onCommit(quality::recordsCommitted);
        this.workflow = new DatasetWorkflow(records, workspace);
        this.accounts = new Accounts(workspace);
        this.usage = new UsageService(records, store, iris);
    }

    /**
     * Opens the catalogue. {@code background} describes what records may point to without
     * describing it (controlled vocabularies); the shapes are parsed lazily, at the first validation.
     * The search index (in {@code DIR/search-index}, or in memory) is checked against the store and
     * brought in step when they disagree (after a crash, say); when they agree this costs a look at
     * each record's content hash.
     */
    public static Catalog open(CatalogConfig config, ReferenceLookup background) {
        return open(config, background, SearchCheck.AT_OPEN);
    }

    /** When the search index is checked against the store. */
    public enum SearchCheck {
        /** Before {@code open} returns. */
        AT_OPEN,
        /**
         * Left to the caller, who must run {@code search().synchronize(...)} before relying on search:
         * the server does it while Jetty starts, so a restart is ready sooner.
         */
        DEFERRED
    }

    /** Opens the catalogue, checking the search index as {@code check} says. */
    public static Catalog open(CatalogConfig config, ReferenceLookup background, SearchCheck check) {
        // The Lucene index opens on another core while Jena initialises and opens the store.
        CompletableFuture<SearchIndex> opening = CompletableFuture.supplyAsync(() ->
                config.searchIndexDir().<SearchIndex>map(LuceneSearchIndex::open).orElseGet(LuceneSearchIndex::inMemory));
        CatalogStore store;
        CatalogStore workspaceStore;
        try {
            store = config.dataDir().map(CatalogStore::open).orElseGet(CatalogStore::inMemory);
        } catch (RuntimeException e) {
            opening.thenAccept(SearchIndex::close);
            throw e;
        }
        try {
            workspaceStore = config.workspaceDir().map(CatalogStore::open).orElseGet(CatalogStore::inMemory);
        } catch (RuntimeException e) {
            store.close();
            opening.thenAccept(SearchIndex::close);
            throw e;
        }
        SearchIndex index;
        try {
            index = opening.join();
        } catch (CompletionException e) {
            store.close();
            workspaceStore.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        RecordValidator validator = new RecordValidator(ShapesLibrary::shared, background);
        Catalog catalog = new Catalog(config, store, workspaceStore, validator, index);
        if (check == SearchCheck.AT_OPEN) {
            catalog.search.synchronize(Progress.NONE);
        }
        catalog.workflow.reconcile();
        catalog.quality.synchronize(Progress.NONE);
        return catalog;
    }

    public CatalogConfig config() {
        return config;
    }

    public CatalogStore store() {
        return store;
    }

    public CatalogIris iris() {
        return iris;
    }

    /** The one service that changes the catalogue. */
    public RecordService records() {
        return records;
    }

    /** Producers' dataset records, versioned, with their review workflow (drafts stay private). */
    public DatasetWorkflow workflow() {
        return workflow;
    }

    /** Every public dataset's metadata quality, kept in step with each commit; per-source summaries. */
    public QualityService quality() {
        return quality;
    }

    /** Projects of the public register, publications, and the reuse of datasets read from both. */
    public UsageService usage() {
        return usage;
    }

    /** The users and their tokens. */
    public Accounts accounts() {
        return accounts;
    }

    /** Harvested records as their sources published them, when the catalogue amended or refused them. */
    public AsPublished asPublished() {
        return asPublished;
    }

    /** The private workspace: versions, audit log, users. Never served. */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * The controlled vocabularies the catalogue was opened with (the validation background): they
     * describe what records point to without storing it, such as the access-right concepts, so pages can
     * show their labels.
     */
    public ReferenceLookup vocabularies() {
        return vocabularies;
    }

    /** Full-text search over the catalogue's items, kept in step with every committed change. */
    public SearchService search() {
        return search;
    }

    /** Counts of what the catalogue holds. */
    public CatalogStats stats() {
        return store.read(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(NamedQuery.CLASS_COUNTS.query()).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(row -> {
                    if (row.get("class").isURI()) {
                        counts.put(row.get("class").getURI(), ((Number) row.get("count").getLiteralValue()).longValue());
                    }
                });
            }
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(NamedQuery.RECORD_COUNT.query()).build()) {
                var row = exec.select().next();
                return new CatalogStats(counts, ((Number) row.get("records").getLiteralValue()).longValue(),
                        ((Number) row.get("triples").getLiteralValue()).longValue());
            }
        });
    }

    @Override
    public void close() {
        try {
            search.close();
        } finally {
            try {
                store.close();
            } finally {
                workspaceStore.close();
            }
        }
    }
}

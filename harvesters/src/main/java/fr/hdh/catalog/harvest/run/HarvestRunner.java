package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.quality.QualityService;
import fr.hdh.catalog.core.record.Change;
import fr.hdh.catalog.core.search.BackgroundIndexing;
import fr.hdh.catalog.harvest.HarvestContext;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.core.net.HttpFetcher;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import fr.hdh.catalog.core.record.AsPublished;
import fr.hdh.catalog.core.validation.Amendment;
import fr.hdh.catalog.harvest.repair.Repairs;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Runs one harvest of one source: read, validate, write what changed, withdraw what is gone, score,
 * and store the run as a PROV activity (see the package documentation for each step).
 *
 * <pre>
 * RunReport report = new HarvestRunner(catalog, HarvesterRegistry.standard(), FetchPolicy.defaults())
 *         .run(source, Progress.NONE);
 * </pre>
 */
public final class HarvestRunner {
    private static final DateTimeFormatter RUN_STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * The sources whose records are partners' metadata as they wrote it, which the repairs read; the other
     * harvesters (FHIR, Table Schema, OMOP) write their records themselves from structured sources.
     */
    private static final Set<SourceType> PARTNERS_METADATA = EnumSet.of(SourceType.DCAT, SourceType.CKAN);

    private final Catalog catalog;
    private final HarvesterRegistry harvesters;
    private final FetchPolicy fetchPolicy;
    private final Clock clock;

    public HarvestRunner(Catalog catalog, HarvesterRegistry harvesters, FetchPolicy fetchPolicy) {
        this(catalog, harvesters, fetchPolicy, Clock.systemUTC());
    }

    public HarvestRunner(Catalog catalog, HarvesterRegistry harvesters, FetchPolicy fetchPolicy, Clock clock) {
        this.catalog = catalog;
        this.harvesters = harvesters;
        this.fetchPolicy = fetchPolicy;
        this.clock = clock;
    }

    /** Harvests {@code source} once and returns the run's report, also stored in the run's graph. */
    public RunReport run(HarvestSource source, Progress progress) {
        Instant started = clock.instant();
        String runIri = catalog.iris().base() + "harvest/run/" + source.id() + "/" + RUN_STAMP.format(started);
        String location = locationIri(source);
        RecordSource recordSource = new RecordSource(location, SourceRecords.agentName(source.id()));
        HttpFetcher fetcher = new HttpFetcher(fetchPolicy.allowing(source.allowedHosts()));
        HarvestContext context = new HarvestContext(catalog.iris(), recordSource, fetcher);
        CollectingSink sink = new CollectingSink(progress);
        // The shapes and the controlled vocabularies are built at first use: on another core while the source is read.
        CompletableFuture.runAsync(catalog.records()::prepareValidation);
        try (fetcher) {
            harvesters.forType(source.type()).harvest(source, context, sink);
        } catch (CatalogException | UncheckedIOException | IllegalArgumentException e) {
            RunReport failed = new RunReport(runIri, source.id(), source.type().cliName(), location, started,
                    clock.instant(), RunReport.Status.FAILED, new RunCounts(0, 0, 0, 0, 0, sink.rejections().size()),
                    AmendmentTally.NONE, sink.rejections(), Optional.of("the source could not be read: " + e.getMessage()));
            return store(failed, recordSource);
        }
        List<CatalogRecord> given = sink.records().stream().map(r -> attributed(r, recordSource)).toList();
        Map<String, String> elsewhere = SourceRecords.fromOtherSources(catalog.store(), catalog.iris(), source.id(), given);
        List<CatalogRecord> read = given.stream().filter(r -> !elsewhere.containsKey(r.iri())).toList();
        Map<String, List<Amendment>> amendments = sink.amendments();
        Set<String> sourceRecords = SourceRecords.current(catalog.store(), catalog.iris(), source.id());
        DescribedElsewhere.leaveToOthers(catalog.store(), sourceRecords, read)
                .forEach((iri, dropped) -> amendments.computeIfAbsent(iri, k -> new ArrayList<>()).addAll(dropped));
        if (PARTNERS_METADATA.contains(source.type())) {
            repair(read, progress).forEach((iri, changes) -> amendments.computeIfAbsent(iri, k -> new ArrayList<>()).addAll(changes));
        }
        List<Rejection> rejections = new ArrayList<>(sink.rejections());
        elsewhere.forEach((iri, agent) -> rejections.add(new Rejection(iri,
                "already harvested from another source (" + agent + "), which keeps it: not written again")));
        ValidationGate.Outcome outcome;
        Withdrawal withdrawal;
        BackgroundIndexing.Drained indexed;
        AmendmentTally tally;
        // The search index follows each commit on its own thread while the next part is validated and
        // written; the run ends once it has caught up.
        try (BackgroundIndexing indexing = catalog.search().inBackground();
             QualityService.Measuring measuring = catalog.quality().measuredBy(recordSource.agent(), runIri)) {
            outcome = new ValidationGate(catalog.records()).apply(read, progress);
            withdrawal = withdrawGone(sourceRecords, read, sink.rejections(), recordSource, progress);
            outcome.drops().forEach((iri, drops) -> amendments.computeIfAbsent(iri, k -> new ArrayList<>()).addAll(drops));
            tally = keepAsPublished(source.id(), read, amendments, outcome);
            progress.update("index", 0, 1);
            indexed = indexing.drain();
            progress.update("index", 1, 1);
        }
        rejections.addAll(outcome.rejections());
        progress.update("run record", 0, 1);
        RunCounts counts = new RunCounts(given.size() + sink.rejections().size(),
                outcome.changes().count(Change.ADDED), outcome.changes().count(Change.CHANGED),
                outcome.changes().count(Change.UNCHANGED), withdrawal.count(), rejections.size());
        return store(new RunReport(runIri, source.id(), source.type().cliName(), location, started,
                clock.instant(), RunReport.Status.COMPLETED, counts, tally, rejections,
                note(withdrawal.note(), indexed)), recordSource);
    }

    /** Applies the repairs to every record read; what each changed, by record IRI. */
    private static Map<String, List<Amendment>> repair(List<CatalogRecord> read, Progress progress) {
        Map<String, List<Amendment>> amendments = new LinkedHashMap<>();
        long done = 0;
        for (CatalogRecord r : read) {
            List<Amendment> changes = Repairs.standard().apply(r);
            if (!changes.isEmpty()) {
                amendments.computeIfAbsent(r.iri(), k -> new ArrayList<>()).addAll(changes);
            }
            progress.update("repair", ++done, read.size());
        }
        return amendments;
    }

    /**
     * Keeps, in the private workspace, each record amended or refused as its source published it, with
     * what was changed; returns the tally of the stored records' amendments.
     */
    private AmendmentTally keepAsPublished(String sourceId, List<CatalogRecord> read, Map<String, List<Amendment>> amendments,
                                           ValidationGate.Outcome outcome) {
        Set<String> stored = new HashSet<>();
        outcome.stored().forEach(r -> stored.add(r.iri()));
        List<AsPublished.Kept> kept = new ArrayList<>();
        List<List<Amendment>> ofStored = new ArrayList<>();
        for (CatalogRecord r : read) {
            List<Amendment> changes = amendments.getOrDefault(r.iri(), List.of());
            boolean refused = !stored.contains(r.iri());
            if (!changes.isEmpty() || refused) {
                kept.add(new AsPublished.Kept(r.iri(), r.content(), changes, refused));
            }
            if (!refused && !changes.isEmpty()) {
                ofStored.add(changes);
            }
        }
        Set<String> changed = catalog.asPublished().keep(sourceId, kept);
        // Measured at commit, before this run's amendments were kept: the stored records whose amendments
        // changed are measured again with them.
        catalog.quality().remeasure(changed.stream().filter(stored::contains).sorted().toList());
        return AmendmentTally.of(ofStored);
    }

    /** The run's note: the withdrawal's, and a word on the search index when it could not follow. */
    private static Optional<String> note(Optional<String> withdrawal, BackgroundIndexing.Drained indexed) {
        if (indexed.complete()) {
            return withdrawal;
        }
        String index = "the search index could not take " + indexed.failedRecords() + " record(s) ("
                + indexed.firstFailure().orElse("") + "); it is repaired from the store at the next start";
        return Optional.of(withdrawal.map(w -> w + "; " + index).orElse(index));
    }

    /** The IRI of the quality graph of a source's datasets. */
    public String qualityGraph(String sourceId) {
        return catalog.quality().graphIri(sourceId);
    }

    private record Withdrawal(long count, Optional<String> note) {}

    /** Withdraws the records the source gave before the run ({@code before}) and does not give now. */
    private Withdrawal withdrawGone(Set<String> before, List<CatalogRecord> read, List<Rejection> unread,
                                    RecordSource recordSource, Progress progress) {
        long unreadDocuments = unread.stream().filter(Rejection::wholeDocument).count();
        if (unreadDocuments > 0) {
            return new Withdrawal(0, Optional.of("withdrawal skipped: " + unreadDocuments
                    + " page(s) or document(s) could not be read, so what is missing may only be unread"));
        }
        progress.update("withdraw", 0, -1);
        Set<String> gone = new LinkedHashSet<>(before);
        read.forEach(r -> gone.remove(r.iri()));
        long done = 0;
        for (String iri : gone) {
            catalog.records().withdraw(iri, recordSource);
            progress.update("withdraw", ++done, gone.size());
        }
        return new Withdrawal(done, Optional.empty());
    }

    private RunReport store(RunReport report, RecordSource recordSource) {
        String agentIri = catalog.iris().agent(recordSource.agent());
        catalog.records().replaceDerived(report.runIri(), RunGraph.write(report, agentIri));
        return report;
    }

    /** Every record of a run is attributed to the source's agent, whatever the harvester set. */
    private static CatalogRecord attributed(CatalogRecord r, RecordSource recordSource) {
        if (r.source().agent().equals(recordSource.agent())) {
            return r;
        }
        return new CatalogRecord(r.iri(), r.kind(), r.content(), new RecordSource(r.source().uri(), recordSource.agent()));
    }

    /** A URL as it is; a file or folder as its absolute file: URI. */
    static String locationIri(HarvestSource source) {
        if (source.remote()) {
            return source.location();
        }
        try {
            return Path.of(source.location()).toAbsolutePath().normalize().toUri().toString();
        } catch (InvalidPathException e) {
            throw new CatalogException("Not a file, folder or http(s) URL: " + source.location(), e);
        }
    }
}

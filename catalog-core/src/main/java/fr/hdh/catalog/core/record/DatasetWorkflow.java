package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.AccessDeniedException;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordNotFoundException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.StaleVersionException;
import fr.hdh.catalog.core.WorkflowStateException;
import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import fr.hdh.catalog.core.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Producers' records, versioned: every change makes a version kept in the {@link Workspace}, and only
 * a published version reaches the public store (through {@link RecordService}, so it is validated and
 * indexed like any other write). A producer creates and edits drafts of its own organisations' datasets
 * and submits them; a curator or admin publishes or withdraws them. Editing a published record makes a
 * new draft, and the published version stays public until that draft is published in turn.
 *
 * <pre>
 * RecordVersion v1 = workflow.create(record, producer, "first version");
 * workflow.submit(record.iri(), producer);
 * workflow.publish(record.iri(), curator);       // now in /catalog, search and SPARQL
 * RecordVersion v2 = workflow.update(record.iri(), edited, 1, producer, "fixes the title");
 * </pre>
 *
 * <p>Order of writes for a publication: the workspace first (the version marked published, with its
 * audit entry), then the public store. A crash between the two leaves a published version the public
 * store lacks; {@link #reconcile} (run at every start) writes it.
 */
public final class DatasetWorkflow {
    private final RecordService records;
    private final Workspace workspace;
    private final VersionContents contents;

    public DatasetWorkflow(RecordService records, Workspace workspace) {
        this.contents = new VersionContents(workspace);
        this.records = records;
        this.workspace = workspace;
    }

    /** Version 1 of a new dataset record, as a draft. */
    public RecordVersion create(CatalogRecord record, User actor, Optional<String> message) {
        requireDataset(record);
        requireWriter(actor, publishers(record.content(), record.iri()), record.iri());
        validate(record);
        return workspace.write(() -> {
            if (workspace.graph(WorkspaceTerms.history(record.iri())).isPresent() || records.exists(record.iri())) {
                throw new WorkflowStateException("Record " + record.iri() + " exists already: update it instead");
            }
            return addVersion(record, Optional.empty(), actor, message, "create");
        });
    }

    /**
     * A new draft version of {@code iri} with {@code record}'s content, made only if {@code basedOn} is
     * the latest version (optimistic concurrency).
     */
    public RecordVersion update(String iri, CatalogRecord record, int basedOn, User actor, Optional<String> message) {
        requireDataset(record);
        if (!record.iri().equals(iri)) {
            throw new WorkflowStateException("The body describes " + record.iri() + ", not " + iri);
        }
        List<RecordVersion> before = history(iri);
        RecordVersion latest = before.get(before.size() - 1);
        requireWriter(actor, publishers(content(iri, latest.number()), iri), iri);
        requireWriter(actor, publishers(record.content(), iri), iri);
        validate(record);
        return workspace.write(() -> {
            Optional<RecordVersion> current = latest(iri);
            if (current.isEmpty() || current.get().number() != basedOn) {
                throw new StaleVersionException(iri, basedOn, current.map(RecordVersion::number).orElse(0));
            }
            return addVersion(record, current, actor, message, "update");
        });
    }

    /** The latest version, a draft, goes to review. */
    public RecordVersion submit(String iri, User actor) {
        RecordVersion latest = latestOrThrow(iri);
        requireWriter(actor, publishers(content(iri, latest.number()), iri), iri);
        return move(iri, actor, "submit", Set.of(VersionState.DRAFT), VersionState.SUBMITTED);
    }

    /** The latest version (submitted, or a draft a curator publishes directly) becomes the public one. */
    public RecordVersion publish(String iri, User actor) {
        requireCurator(actor, iri);
        RecordVersion latest = latestOrThrow(iri);
        Graph content = content(iri, latest.number());
        CatalogRecord record = new CatalogRecord(iri, RecordKind.DATASET, content, new RecordSource("api:" + iri, actor.name()));
        validate(record);
        RecordVersion published = workspace.write(() -> {
            Graph history = history(iri, true);
            for (RecordVersion v : VersionHistory.versions(iri, history)) {
                if (v.state() == VersionState.PUBLISHED) {
                    VersionHistory.setState(history, iri, v.number(), VersionState.SUPERSEDED);
                }
            }
            return moveIn(history, iri, actor, "publish", Set.of(VersionState.DRAFT, VersionState.SUBMITTED),
                    VersionState.PUBLISHED);
        });
        records.put(record);
        return published;
    }

    /** The record leaves the public catalogue (kept there marked withdrawn, as harvests do); its latest version is withdrawn. */
    public RecordVersion withdraw(String iri, User actor) {
        requireCurator(actor, iri);
        RecordVersion withdrawn = move(iri, actor, "withdraw", Set.of(VersionState.values()), VersionState.WITHDRAWN);
        if (records.exists(iri)) {
            records.withdraw(iri, new RecordSource("api:" + iri, actor.name()));
        }
        return withdrawn;
    }

    /** A new draft whose content is that of version {@code number}. */
    public RecordVersion restore(String iri, int number, User actor) {
        Graph old = content(iri, number);
        CatalogRecord record = new CatalogRecord(iri, RecordKind.DATASET, old, new RecordSource("api:" + iri, actor.name()));
        RecordVersion latest = latestOrThrow(iri);
        requireWriter(actor, publishers(content(iri, latest.number()), iri), iri);
        requireWriter(actor, publishers(old, iri), iri);
        return workspace.write(() -> addVersion(record, latest(iri), actor, Optional.of("restores version " + number), "restore"));
    }

    /**
     * The producer (or a curator) confirms that the published record is still right: the record is
     * certified again from now, and leaves the re-certification list for a year.
     */
    public void confirm(String iri, User actor) {
        RecordVersion latest = latestOrThrow(iri);
        requireWriter(actor, publishers(content(iri, latest.number()), iri), iri);
        workspace.write(() -> {
            Graph history = history(iri, true);
            Node record = org.apache.jena.graph.NodeFactory.createURI(WorkspaceTerms.history(iri));
            history.find(record, WorkspaceTerms.CONFIRMED, Node.ANY).toList().forEach(history::delete);
            history.add(record, WorkspaceTerms.CONFIRMED, org.apache.jena.graph.NodeFactory.createLiteralDT(
                    workspace.now().toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
            workspace.replace(WorkspaceTerms.history(iri), history);
            workspace.appendAudit(actor.name(), "confirm", iri, Optional.of(latest.number()), Optional.empty(), Optional.empty());
            return null;
        });
    }

    /**
     * Published records neither changed nor confirmed by their producer since {@code before}: the
     * re-certification list curators work through (a year before now, in the spirit of EHDS Art. 60).
     */
    public List<Certification> due(java.time.Instant before) {
        return workspace.read(() -> workspace.graphNames(WorkspaceTerms.HISTORY_PREFIX).stream()
                .flatMap(name -> workspace.graph(name).stream())
                .flatMap(h -> certification(h).stream())
                .filter(c -> c.lastCertified().isBefore(before))
                .sorted(java.util.Comparator.comparing(Certification::lastCertified))
                .toList());
    }

    /** A published record and when its producer last changed or confirmed it. */
    public record Certification(String recordIri, int publishedVersion, java.time.Instant lastCertified) {}

    private static Optional<Certification> certification(Graph history) {
        Optional<Node> record = history.find(Node.ANY, WorkspaceTerms.VERSION_OF, Node.ANY).nextOptional().map(t -> t.getObject());
        if (record.isEmpty()) {
            return Optional.empty();
        }
        String iri = record.get().getURI();
        List<RecordVersion> versions = VersionHistory.versions(iri, history);
        Optional<RecordVersion> published = versions.stream().filter(v -> v.state() == VersionState.PUBLISHED).findFirst();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        java.time.Instant changed = versions.get(versions.size() - 1).at();
        java.time.Instant confirmed = Workspace.literal(history, org.apache.jena.graph.NodeFactory.createURI(
                WorkspaceTerms.history(iri)), WorkspaceTerms.CONFIRMED).map(java.time.Instant::parse).orElse(java.time.Instant.MIN);
        return Optional.of(new Certification(iri, published.get().number(), changed.isAfter(confirmed) ? changed : confirmed));
    }

    /**
     * Checks that {@code actor} may read the versions of {@code iri} (drafts included): its producers,
     * curators, admins and readers may; a producer of another organisation may not.
     */
    public void requireRead(String iri, User actor) {
        if (actor.role() == Role.READER || actor.role().curates()) {
            return;
        }
        RecordVersion latest = latestOrThrow(iri);
        requireWriter(actor, publishers(content(iri, latest.number()), iri), iri);
    }

    /** Every version of {@code iri}, oldest first; throws {@link RecordNotFoundException} when it has none. */
    public List<RecordVersion> history(String iri) {
        List<RecordVersion> versions = workspace.read(() -> workspace.graph(WorkspaceTerms.history(iri))
                .map(h -> VersionHistory.versions(iri, h)).orElse(List.of()));
        if (versions.isEmpty()) {
            throw new RecordNotFoundException(iri);
        }
        return versions;
    }

    /** The latest version of every producer's record, ordered by record IRI (the lists of the producers' and curators' pages). */
    public List<RecordVersion> latestVersions() {
        return workspace.read(() -> workspace.graphNames(WorkspaceTerms.HISTORY_PREFIX).stream()
                .flatMap(name -> workspace.graph(name).stream().flatMap(h -> h.find(Node.ANY, WorkspaceTerms.VERSION_OF, Node.ANY)
                        .nextOptional().map(t -> VersionHistory.versions(t.getObject().getURI(), h)).stream()))
                .filter(v -> !v.isEmpty()).map(v -> v.get(v.size() - 1))
                .sorted(java.util.Comparator.comparing(RecordVersion::recordIri)).toList());
    }

    /** The latest version of {@code iri}, if it has any. */
    public Optional<RecordVersion> latest(String iri) {
        return workspace.read(() -> workspace.graph(WorkspaceTerms.history(iri))
                .map(h -> VersionHistory.versions(iri, h)).filter(v -> !v.isEmpty()).map(v -> v.get(v.size() - 1)));
    }

    /** The content of version {@code number} of {@code iri}. */
    public Graph content(String iri, int number) {
        return workspace.read(() -> latestNumber(iri).flatMap(latest -> contents.read(iri, number, latest)))
                .orElseThrow(() -> new RecordNotFoundException(iri + " version " + number));
    }

    /** The number of the latest version of {@code iri}; call inside a transaction of the workspace. */
    private Optional<Integer> latestNumber(String iri) {
        return workspace.graph(WorkspaceTerms.history(iri)).map(h -> VersionHistory.versions(iri, h))
                .filter(v -> !v.isEmpty()).map(v -> v.get(v.size() - 1).number());
    }

    /** What changed from version {@code from} to version {@code to}. */
    public VersionDiff diff(String iri, int from, int to) {
        return VersionDiff.of(from, content(iri, from), to, content(iri, to));
    }

    /**
     * Brings the public store in line with the workspace after a crash between the two writes of a step:
     * a published version the public store lacks is written there, and a record whose latest version is
     * withdrawn is marked withdrawn there.
     *
     * @return how many public records changed
     */
    public int reconcile() {
        List<RecordVersion> toMatch = workspace.read(() -> workspace.graphNames(WorkspaceTerms.HISTORY_PREFIX).stream()
                .flatMap(name -> workspace.graph(name).stream().flatMap(h -> {
                    Optional<Node> record = h.find(Node.ANY, WorkspaceTerms.VERSION_OF, Node.ANY).nextOptional()
                            .map(t -> t.getObject());
                    return record.stream().flatMap(r -> publicState(VersionHistory.versions(r.getURI(), h)).stream());
                })).toList());
        int changed = 0;
        for (RecordVersion v : toMatch) {
            String iri = v.recordIri();
            RecordSource source = new RecordSource("api:" + iri, v.author());
            if (v.state() == VersionState.PUBLISHED) {
                if (!records.storedHash(iri).filter(v.contentHash()::equals).isPresent()) {
                    records.put(new CatalogRecord(iri, RecordKind.DATASET, content(iri, v.number()), source));
                    changed++;
                }
            } else if (records.exists(iri) && records.withdraw(iri, source) == Change.WITHDRAWN) {
                changed++;
            }
        }
        return changed;
    }

    /** The versions the public store must match: the published one, and the latest when it is withdrawn. */
    private static List<RecordVersion> publicState(List<RecordVersion> versions) {
        List<RecordVersion> match = new java.util.ArrayList<>(
                versions.stream().filter(v -> v.state() == VersionState.PUBLISHED).toList());
        if (!versions.isEmpty() && versions.get(versions.size() - 1).state() == VersionState.WITHDRAWN) {
            match.add(versions.get(versions.size() - 1));
        }
        return match;
    }

    private RecordVersion addVersion(CatalogRecord record, Optional<RecordVersion> previous, User actor,
                                     Optional<String> message, String action) {
        int number = previous.map(v -> v.number() + 1).orElse(1);
        RecordVersion version = new RecordVersion(record.iri(), number, VersionState.DRAFT, actor.name(),
                workspace.now(), message.filter(m -> !m.isBlank()), ContentHash.of(record.content()));
        Graph history = history(record.iri(), false);
        VersionHistory.add(history, version);
        contents.add(record.iri(), number, record.content());
        workspace.replace(WorkspaceTerms.history(record.iri()), history);
        workspace.appendAudit(actor.name(), action, record.iri(), Optional.of(number),
                previous.map(RecordVersion::state), Optional.of(VersionState.DRAFT));
        return version;
    }

    private RecordVersion move(String iri, User actor, String action, Set<VersionState> from, VersionState to) {
        return workspace.write(() -> moveIn(history(iri, true), iri, actor, action, from, to));
    }

    private RecordVersion moveIn(Graph history, String iri, User actor, String action, Set<VersionState> from,
                                 VersionState to) {
        List<RecordVersion> versions = VersionHistory.versions(iri, history);
        RecordVersion latest = versions.get(versions.size() - 1);
        if (!from.contains(latest.state())) {
            throw new WorkflowStateException("Version " + latest.number() + " of " + iri + " is " + latest.state().key()
                    + ": it cannot be " + action + (action.endsWith("e") ? "d" : "ed") + " (only "
                    + from.stream().map(VersionState::key).sorted().collect(Collectors.joining(", ")) + ")");
        }
        VersionHistory.setState(history, iri, latest.number(), to);
        workspace.replace(WorkspaceTerms.history(iri), history);
        workspace.appendAudit(actor.name(), action, iri, Optional.of(latest.number()), Optional.of(latest.state()),
                Optional.of(to));
        return new RecordVersion(iri, latest.number(), to, latest.author(), latest.at(), latest.message(), latest.contentHash());
    }

    private Graph history(String iri, boolean mustExist) {
        Optional<Graph> history = workspace.graph(WorkspaceTerms.history(iri));
        if (history.isEmpty() && mustExist) {
            throw new RecordNotFoundException(iri);
        }
        return history.orElseGet(GraphFactory::createDefaultGraph);
    }

    private RecordVersion latestOrThrow(String iri) {
        return latest(iri).orElseThrow(() -> new RecordNotFoundException(iri));
    }

    private void validate(CatalogRecord record) {
        ValidationReport report = records.validate(record);
        if (!report.conforms()) {
            throw new InvalidRecordException(List.of(report));
        }
    }

    private static void requireDataset(CatalogRecord record) {
        if (record.kind() != RecordKind.DATASET) {
            throw new WorkflowStateException("Only dataset records are written through this API, not " + record.kind());
        }
    }

    private static Set<String> publishers(Graph content, String iri) {
        return content.find(org.apache.jena.graph.NodeFactory.createURI(iri), DCTerms.publisher.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().isURI() ? t.getObject().getURI() : "").toSet();
    }

    private static void requireWriter(User actor, Set<String> publishers, String iri) {
        if (actor.role() == Role.READER) {
            throw new AccessDeniedException(actor.name() + " is a reader: readers change nothing");
        }
        if (actor.role().curates()) {
            return;
        }
        if (publishers.isEmpty() || !publishers.stream().allMatch(actor::mayWriteFor)) {
            throw new AccessDeniedException(actor.name() + " writes for " + actor.organisations()
                    + ", not for the publisher " + publishers + " of " + iri);
        }
    }

    private static void requireCurator(User actor, String iri) {
        if (!actor.role().curates()) {
            throw new AccessDeniedException(actor.name() + " is a " + actor.role().key()
                    + ": only a curator or an admin publishes or withdraws " + iri);
        }
    }
}

package fr.hdh.catalog.core.backup;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.record.Workspace;
import fr.hdh.catalog.core.search.SearchService;
import fr.hdh.catalog.core.store.CatalogStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A backup of the whole catalogue in one file, and its restore. The file is gzip-compressed N-Quads: the
 * public store's graphs, then the private workspace's (versions, audit log, users, token key — graphs
 * named {@code urn:hdh:workspace:…}), then a manifest ({@link BackupManifest}) saying which graphs are
 * the workspace's and how many quads each store gave. The search index is not in it: it is derived, and
 * rebuilt from the store at restore.
 *
 * <p>The backup is taken inside one read transaction of each store, so it is consistent with itself
 * while writers go on. The public store's transaction begins first: a publication writes the workspace,
 * then the public store, so the workspace's snapshot is never older than the public one, and a version
 * the workspace calls published that the public snapshot lacks is written again at restore (as at
 * every open: {@code DatasetWorkflow.reconcile}).
 *
 * <pre>
 * try (OutputStream out = Files.newOutputStream(file)) {
 *     new CatalogBackup(catalog).writeTo(out);
 * }
 * BackupSnapshot snapshot = BackupSnapshot.read(in, file.toString());
 * new CatalogBackup(emptyCatalog).restore(snapshot, Progress.NONE);
 * </pre>
 */
public final class CatalogBackup {
    private final Catalog catalog;
    private final Clock clock;

    public CatalogBackup(Catalog catalog) {
        this(catalog, Clock.systemUTC());
    }

    CatalogBackup(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** What a backup holds, or what a restore wrote. */
    public record Summary(int publicGraphs, long publicQuads, int workspaceGraphs, long workspaceQuads) {}

    /** What a restore did: what it wrote, and the search index rebuilt from it. */
    public record Restored(Summary written, SearchService.SyncReport search) {}

    /**
     * Writes the backup to {@code out} (flushed, not closed).
     *
     * @throws CatalogException when a public graph bears the name of a workspace graph (the file could not
     *         tell them apart)
     */
    public Summary writeTo(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(out, 1 << 16), 1 << 16);
        StreamRDF stream = StreamRDFWriter.getWriterStream(gzip, RDFFormat.NQUADS);
        CatalogStore store = catalog.store();
        Workspace workspace = catalog.workspace();
        Summary summary;
        try {
            summary = store.read(() -> workspace.read(() -> {
                stream.start();
                Summary written = write(store.datasetGraph(), workspace, stream);
                stream.finish();
                return written;
            }));
        } catch (RuntimeException e) {
            // The RDF writer reports a failed write (a full disk, say) wrapped; give it back as what it is.
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
        gzip.finish();
        gzip.flush();
        return summary;
    }

    /** Streams both stores and the manifest; inside a read transaction of each. */
    private Summary write(DatasetGraph publicStore, Workspace workspace, StreamRDF stream) {
        Set<Node> publicNames = new HashSet<>();
        long[] publicQuads = {0};
        publicStore.listGraphNodes().forEachRemaining(graph -> {
            publicNames.add(graph);
            publicStore.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                publicQuads[0]++;
                stream.quad(q);
            });
        });
        Set<String> workspaceNames = new HashSet<>();
        long[] workspaceQuads = {0};
        workspace.forEachQuad(q -> {
            if (workspaceNames.add(q.getGraph().getURI()) && publicNames.contains(q.getGraph())) {
                throw new CatalogException("The public store holds a graph named " + q.getGraph().getURI()
                        + ", as a workspace graph is: a backup could not tell them apart");
            }
            workspaceQuads[0]++;
            stream.quad(q);
        });
        if (publicNames.contains(NodeFactory.createURI(BackupManifest.GRAPH))) {
            throw new CatalogException("The public store holds a graph named " + BackupManifest.GRAPH
                    + ", the name of a backup's manifest");
        }
        BackupManifest manifest = new BackupManifest(clock.instant(), catalog.config().baseIri(), workspaceNames,
                publicQuads[0], workspaceQuads[0]);
        Node manifestName = NodeFactory.createURI(BackupManifest.GRAPH);
        manifest.toGraph().find().forEachRemaining(t -> stream.quad(Quad.create(manifestName, t)));
        return new Summary(publicNames.size(), publicQuads[0], workspaceNames.size(), workspaceQuads[0]);
    }

    /**
     * Restores {@code snapshot} into this catalogue, which must be empty (a restore does not merge): the
     * public graphs through the one writer ({@code RecordService.restore}), the workspace's through
     * {@link Workspace#restore}, each in one transaction; then the search index is brought in step with
     * the restored store, and any published version the public snapshot lacked is written. Nothing is
     * validated again: the records were validated when first written, so never hand it outside input.
     *
     * @throws CatalogException when the catalogue holds records, users, versions or audit entries
     */
    public Restored restore(BackupSnapshot snapshot, Progress progress) {
        boolean empty = catalog.store().read(() -> catalog.store().recordNames().isEmpty())
                && catalog.workspace().read(catalog.workspace()::isEmpty);
        if (!empty) {
            throw new CatalogException("A backup is restored only into an empty catalogue; this one holds records or users");
        }
        catalog.records().restore(snapshot.publicGraphs(), progress);
        catalog.workspace().restore(snapshot.workspaceGraphs());
        SearchService.SyncReport search = catalog.search().synchronize(progress);
        catalog.workflow().reconcile();
        BackupManifest m = snapshot.manifest();
        return new Restored(new Summary(snapshot.publicGraphCount(), m.publicQuads(), snapshot.workspaceGraphCount(),
                m.workspaceQuads()), search);
    }
}

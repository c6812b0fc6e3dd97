package fr.hdh.catalog.core.backup;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.io.FailFast;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;

/**
 * A backup read back whole and checked, before anything is written: the file parsed (gzip-compressed
 * N-Quads), its manifest read, every quad counted against the manifest's figures. Then its graphs are
 * seen as two read-only views, the public store's and the workspace's, which a restore hands to each
 * store's writer. Held in memory: about the size of the catalogue's quads.
 */
public final class BackupSnapshot {
    private final DatasetGraph all;
    private final BackupManifest manifest;
    private final Set<Node> publicNames;
    private final Set<Node> workspaceNames;

    private BackupSnapshot(DatasetGraph all, BackupManifest manifest, Set<Node> publicNames, Set<Node> workspaceNames) {
        this.all = all;
        this.manifest = manifest;
        this.publicNames = publicNames;
        this.workspaceNames = workspaceNames;
    }

    /**
     * Reads the backup in {@code in} (not closed), named {@code source} in messages.
     *
     * @throws MalformedInputException when it is not gzip, not N-Quads, lacks its manifest, holds a triple
     *         outside any graph, or holds other counts of quads than its manifest says (a file cut short)
     */
    public static BackupSnapshot read(InputStream in, String source) {
        DatasetGraph all = DatasetGraphFactory.create();
        try {
            RDFParser.source(new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16)).lang(Lang.NQUADS)
                    .errorHandler(new FailFast(source)).parse(all);
        } catch (ZipException e) {
            throw new MalformedInputException(source, -1, "not gzip-compressed (" + e.getMessage()
                    + "): a backup is gzip-compressed N-Quads", e);
        } catch (EOFException e) {
            throw new MalformedInputException(source, -1, "the file ends too soon: it was cut short", e);
        } catch (IOException e) {
            throw new MalformedInputException(source, -1, "cannot be read: " + e.getMessage(), e);
        } catch (MalformedInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unreadable(source, e);
        }
        if (!all.getDefaultGraph().isEmpty()) {
            throw new MalformedInputException(source, -1, "it holds triples outside any graph: not an hdh backup", null);
        }
        Node manifestName = NodeFactory.createURI(BackupManifest.GRAPH);
        BackupManifest manifest = BackupManifest.from(all.getGraph(manifestName), source);
        Set<Node> workspaceNames = new HashSet<>();
        manifest.workspaceGraphs().forEach(name -> workspaceNames.add(NodeFactory.createURI(name)));
        Set<Node> publicNames = new HashSet<>();
        all.listGraphNodes().forEachRemaining(name -> {
            if (!name.equals(manifestName) && !workspaceNames.contains(name)) {
                publicNames.add(name);
            }
        });
        Map<Node, Long> quads = countByGraph(all);
        long publicQuads = publicNames.stream().mapToLong(n -> quads.getOrDefault(n, 0L)).sum();
        long workspaceQuads = workspaceNames.stream().mapToLong(n -> quads.getOrDefault(n, 0L)).sum();
        if (publicQuads != manifest.publicQuads() || workspaceQuads != manifest.workspaceQuads()) {
            throw new MalformedInputException(source, -1, "it holds " + publicQuads + " public and " + workspaceQuads
                    + " workspace quads where its manifest says " + manifest.publicQuads() + " and "
                    + manifest.workspaceQuads() + ": it is not whole", null);
        }
        return new BackupSnapshot(all, manifest, Set.copyOf(publicNames), Set.copyOf(workspaceNames));
    }

    /**
     * An I/O failure met while parsing reaches here wrapped by the parser; a gzip stream cut short is its
     * commonest cause, so it is named.
     */
    private static MalformedInputException unreadable(String source, RuntimeException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof EOFException) {
                return new MalformedInputException(source, -1, "the file ends too soon: it was cut short", e);
            }
            if (c instanceof IOException io) {
                return new MalformedInputException(source, -1, "cannot be read: " + io.getMessage(), e);
            }
        }
        throw e;
    }

    private static Map<Node, Long> countByGraph(DatasetGraph dsg) {
        Map<Node, Long> counts = new HashMap<>();
        dsg.find().forEachRemaining(q -> counts.merge(q.getGraph(), 1L, Long::sum));
        return counts;
    }

    /** What the backup says about itself. */
    public BackupManifest manifest() {
        return manifest;
    }

    /** The public store's graphs, read-only. */
    public DatasetGraph publicGraphs() {
        return view(publicNames);
    }

    /** The workspace's graphs, read-only. */
    public DatasetGraph workspaceGraphs() {
        return view(workspaceNames);
    }

    /** How many graphs the public store gave. */
    public int publicGraphCount() {
        return publicNames.size();
    }

    /** How many graphs the workspace gave. */
    public int workspaceGraphCount() {
        return workspaceNames.size();
    }

    private DatasetGraph view(Set<Node> names) {
        return new DatasetGraphFilteredView(all, q -> names.contains(q.getGraph()), names);
    }
}

package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.ontologies.Namespaces;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The whole store written as RDF, streamed in one read transaction: quads go from the TDB2 indexes
 * to the writer one at a time, so memory stays flat whatever the size of the store. N-Quads and
 * TriG keep each record's graph, and write its quads together, graph after graph (a scan of the
 * whole quad table would follow a subject-first index and interleave graphs that share subjects,
 * which a reader splitting the stream by record cannot undo cheaply); Turtle merges the graphs into
 * their union.
 *
 * <pre>
 * long statements = new StoreExport(catalog.store()).writeTo(out, StoreExport.Format.NQUADS);
 * </pre>
 */
public final class StoreExport {
    /** The syntaxes of an export. */
    public enum Format {
        NQUADS(RDFFormat.NQUADS), TRIG(RDFFormat.TRIG_BLOCKS), TURTLE(RDFFormat.TURTLE_BLOCKS);

        private final RDFFormat rdfFormat;

        Format(RDFFormat rdfFormat) {
            this.rdfFormat = rdfFormat;
        }

        /** True when the syntax keeps the named graphs. */
        public boolean keepsGraphs() {
            return this != TURTLE;
        }
    }

    private final CatalogStore store;

    public StoreExport(CatalogStore store) {
        this.store = store;
    }

    /**
     * Writes the store to {@code out} (flushed, not closed).
     *
     * @return the number of statements written (quads, or triples of the union for Turtle)
     */
    public long writeTo(OutputStream out, Format format) throws IOException {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        Counting stream = new Counting(StreamRDFWriter.getWriterStream(buffered, format.rdfFormat));
        store.beginRead();
        try {
            stream.start();
            Namespaces.prefixes().getNsPrefixMap().forEach(stream::prefix);
            if (format.keepsGraphs()) {
                writeGraphByGraph(store.datasetGraph(), stream);
            } else {
                store.union().find().forEachRemaining(stream::triple);
            }
            stream.finish();
        } finally {
            store.end();
        }
        buffered.flush();
        return stream.statements;
    }

    private static void writeGraphByGraph(DatasetGraph dsg, StreamRDF stream) {
        dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
        dsg.listGraphNodes().forEachRemaining(graph ->
                dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad));
    }

    /** Counts what passes on to the writer. */
    private static final class Counting extends StreamRDFWrapper {
        long statements;

        Counting(StreamRDF writer) {
            super(writer);
        }

        @Override
        public void triple(Triple triple) {
            statements++;
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            statements++;
            super.quad(quad);
        }
    }
}

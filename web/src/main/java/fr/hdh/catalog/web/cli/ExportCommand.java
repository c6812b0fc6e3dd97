package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.ontologies.Namespaces;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hdh export}: the whole store on standard output, streamed in one read transaction (memory
 * stays flat whatever the size). N-Quads and TriG keep each record's graph; Turtle merges them.
 */
@Command(name = "export", description = "Write the store to standard output (N-Quads by default).")
final class ExportCommand implements Callable<Integer> {
    enum Format { nquads, trig, turtle }

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "nquads",
            description = "nquads (default), trig (graphs kept) or turtle (graphs merged).")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (Catalog catalog = CatalogOpener.open(store.dataDir, Optional.ofNullable(store.baseIri), 8080)) {
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            catalog.store().beginRead();
            try {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, rdfFormat());
                stream.start();
                Namespaces.prefixes().getNsPrefixMap().forEach(stream::prefix);
                if (format == Format.turtle) {
                    StreamRDFOps.sendGraphToStream(catalog.store().union(), stream);
                } else {
                    catalog.store().datasetGraph().find().forEachRemaining(stream::quad);
                }
                stream.finish();
            } finally {
                catalog.store().end();
            }
            out.flush();
        }
        return 0;
    }

    private RDFFormat rdfFormat() {
        return switch (format) {
            case nquads -> RDFFormat.NQUADS;
            case trig -> RDFFormat.TRIG_BLOCKS;
            case turtle -> RDFFormat.TURTLE_BLOCKS;
        };
    }
}

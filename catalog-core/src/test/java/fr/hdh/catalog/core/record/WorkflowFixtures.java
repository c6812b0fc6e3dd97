package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.io.RecordSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The records of the workflow fixtures ({@code /workflow/producers.ttl}, {@code /workflow/dataset.ttl}), read
 * from the class path as streams, so other modules' tests read them from this module's test jar too.
 */
public final class WorkflowFixtures {
    private WorkflowFixtures() {}

    /** The records of fixture {@code name}. */
    public static List<CatalogRecord> read(String name) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = WorkflowFixtures.class.getResourceAsStream("/workflow/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture /workflow/" + name);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RecordSplitter.split(dsg, new RecordSource("urn:test:workflow/" + name, "test")).records();
    }
}

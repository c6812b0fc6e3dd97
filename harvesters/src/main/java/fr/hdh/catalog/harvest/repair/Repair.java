package fr.hdh.catalog.harvest.repair;

import fr.hdh.catalog.core.validation.Amendment;
import java.util.List;
import org.apache.jena.graph.Graph;

/** One slip real portals make that has one right reading, mended in a record before it is validated. */
interface Repair {
    /** The name the run summary counts this repair under ({@code media-type}, {@code language}, …). */
    String kind();

    /** Mends {@code content} (the record {@code recordIri}'s graph) in place; adds each change to {@code log}. */
    void apply(String recordIri, Graph content, List<Amendment> log);
}

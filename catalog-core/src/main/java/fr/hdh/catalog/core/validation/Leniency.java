package fr.hdh.catalog.core.validation;

import fr.hdh.catalog.core.CatalogRecord;
import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * What a lenient write may take out of a record that does not conform so that the rest can be stored.
 * Harvests are lenient ({@link ViolationDrops}): a partner's record is kept without the value that broke
 * an optional rule. Producers' writes are not: they get the report and fix their record.
 */
@FunctionalInterface
public interface Leniency {
    /** Changes nothing: a record that does not conform is refused whole. */
    Leniency NONE = (record, content, report) -> List.of();

    /**
     * Amends {@code content} (the record's graph, changed in place) after {@code report}; returns what it
     * changed, or nothing when it cannot help: the record is then refused with the report.
     */
    List<Amendment> amend(CatalogRecord record, Graph content, ValidationReport report);
}

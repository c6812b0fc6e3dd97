package fr.hdh.catalog.core.validation;

import fr.hdh.catalog.core.CatalogException;
import java.util.List;
import java.util.stream.Collectors;

/** A change refused because a record breaks the shapes; carries every report that failed. */
public class InvalidRecordException extends CatalogException {
    private final List<ValidationReport> reports;

    public InvalidRecordException(List<ValidationReport> reports) {
        super(reports.stream().map(ValidationReport::toText).collect(Collectors.joining(System.lineSeparator())));
        this.reports = List.copyOf(reports);
    }

    public List<ValidationReport> reports() {
        return reports;
    }
}

package fr.hdh.catalog.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of validating one record against the application profile.
 *
 * @param recordIri the record validated
 * @param profile the shapes used (for example {@code DCAT-AP 3.0.0 + HealthDCAT-AP r8 RESTRICTED})
 * @param findings every violation, warning and note, violations first
 */
public record ValidationReport(String recordIri, String profile, List<Finding> findings) {

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    /** True when no finding is a violation. */
    public boolean conforms() {
        return violations().isEmpty();
    }

    public List<Finding> violations() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.VIOLATION).toList();
    }

    /** The report as text, one finding a line, headed by the record and the verdict. */
    public String toText() {
        String head = recordIri + " (" + profile + "): "
                + (conforms() ? "valid" : violations().size() + " violation(s)");
        if (findings.isEmpty()) {
            return head;
        }
        return head + System.lineSeparator()
                + findings.stream().map(f -> "  " + f.toLine()).collect(Collectors.joining(System.lineSeparator()));
    }
}

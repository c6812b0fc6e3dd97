package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.catalogue.CatalogueOperator;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.harvest.run.HarvestRunner;
import fr.hdh.catalog.harvest.run.HarvesterRegistry;
import fr.hdh.catalog.core.quality.QualitySummary;
import fr.hdh.catalog.harvest.run.RunReport;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/** What the harvest commands share: running a source with progress on standard error, reading intervals. */
final class HarvestConsole {
    private HarvestConsole() {}

    /** Runs {@code source}, prints its summary; exit code 0, or 1 when the source could not be read. */
    static int runAndPrint(Catalog catalog, HarvestSource source, CommandSpec spec) {
        CatalogueOperator.ensureDescribed(catalog);
        HarvestRunner runner = new HarvestRunner(catalog, HarvesterRegistry.standard(), FetchPolicy.defaults());
        RunReport report = runner.run(source, new ConsoleProgress(spec.commandLine().getErr()));
        spec.commandLine().getOut().print(report.toText());
        // A large harvest leaves most of the folder to blocks no transaction sees any more.
        if (catalog.store().compactIfGrown(64L << 20)) {
            spec.commandLine().getErr().println("store compacted: " + catalog.store().bytesOnDisk() + " bytes on disk");
        }
        catalog.quality().sources().stream()
                .filter(q -> q.sourceId().equals(source.id()) && q.datasets() > 0)
                .findFirst().ifPresent(q -> spec.commandLine().getOut().println(qualityLine(q)));
        spec.commandLine().getOut().flush();
        return report.status() == RunReport.Status.COMPLETED ? 0 : CatalogErrorHandler.INPUT_REFUSED;
    }

    /** The source's datasets' quality in one line: their mean score and the three commonest shortfalls. */
    static String qualityLine(QualitySummary q) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "quality of the source's %d dataset(s): mean %.1f / %d", q.datasets(), q.meanScore(), q.maxScore()));
        if (!q.shortfalls().isEmpty()) {
            line.append("; costing points most often: ");
            q.shortfalls().stream().limit(3).forEach(f -> line.append(f.labelEn()).append(" (")
                    .append(f.datasets()).append("), "));
            line.setLength(line.length() - 2);
        }
        return line.append(" — details on each dataset page and at /quality").toString();
    }

    /** {@code 30m}, {@code 6h}, {@code 1d} or an ISO-8601 duration ({@code PT6H}); at least one minute. */
    static Duration interval(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Duration d;
        try {
            if (t.matches("\\d+[mhd]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                d = switch (t.charAt(t.length() - 1)) {
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else {
                d = Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new CatalogException("Not an interval: '" + text + "'; use 30m, 6h, 1d or PT6H", e);
        }
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new CatalogException("The interval must be at least one minute, not " + text);
        }
        return d;
    }
}

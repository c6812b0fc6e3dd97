package fr.hdh.catalog.harvest.omop;

import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.HarvestContext;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.Harvester;
import fr.hdh.catalog.harvest.RecordSink;
import fr.hdh.catalog.harvest.SourceType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Harvests OHDSI's OMOP CDM specification CSVs: every {@code OMOP_CDMv<version>_Table_Level.csv} in the
 * folder, with its {@code …_Field_Level.csv}, becomes the standard {@code omop-cdm-<version>} with its
 * tables and fields. A version whose files do not parse is rejected, the others are read.
 *
 * <pre>
 * new OmopHarvester().harvest(new HarvestSource("omop", SourceType.OMOP, "data/omop", Optional.empty(), Set.of()),
 *         context, sink);   // omop-cdm-5.3 and omop-cdm-5.4 from OHDSI's inst/csv
 * </pre>
 */
public final class OmopHarvester implements Harvester {
    private static final Pattern TABLE_LEVEL = Pattern.compile("OMOP_CDMv(\\d+(?:\\.\\d+)*)_Table_Level\\.csv");

    @Override
    public SourceType type() {
        return SourceType.OMOP;
    }

    @Override
    public void harvest(HarvestSource source, HarvestContext context, RecordSink sink) {
        if (source.remote()) {
            throw new CatalogException("An OMOP source is a folder holding OHDSI's specification CSVs "
                    + "(OMOP_CDMv<version>_Table_Level.csv and _Field_Level.csv), not a URL: " + source.location());
        }
        Path location = Path.of(source.location());
        Path folder = Files.isRegularFile(location) ? location.toAbsolutePath().getParent() : location;
        List<String> versions = versions(folder);
        if (versions.isEmpty()) {
            throw new MalformedInputException(source.location(), -1,
                    "holds no OMOP_CDMv<version>_Table_Level.csv", null);
        }
        RecordSource recordSource = new RecordSource(folder.toAbsolutePath().toUri().toString(),
                context.recordSource().agent());
        int done = 0;
        for (String version : versions) {
            try {
                sink.accept(OmopCdmStandard.read(folder, version, context.iris(), recordSource));
            } catch (MalformedInputException | UncheckedIOException e) {
                sink.reject("document " + folder.resolve("OMOP_CDMv" + version + "_*.csv"), e.getMessage());
            }
            sink.progress(++done, versions.size());
        }
    }

    private static List<String> versions(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new MalformedInputException(folder.toString(), -1, "no such folder", null);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> TABLE_LEVEL.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}

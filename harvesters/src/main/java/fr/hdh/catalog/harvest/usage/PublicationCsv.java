package fr.hdh.catalog.harvest.usage;

import fr.hdh.catalog.core.usage.PublicationForm;
import fr.hdh.catalog.harvest.csv.CsvReader;
import fr.hdh.catalog.harvest.csv.CsvRow;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Set;

/**
 * Publications from CSV (RFC 4180, UTF-8, a header row): {@code doi, title, authors, year, venue, language,
 * datasets, project, id}; only {@code title} and {@code doi} (or {@code id}) are needed. Authors and
 * datasets are lists separated by ';' ({@code Martin, Anne; Durand, Paul}); datasets are catalogue ids or IRIs.
 */
final class PublicationCsv {
    static final Set<String> COLUMNS = Set.of("doi", "title", "authors", "year", "venue", "language", "datasets",
            "project", "id");

    private PublicationCsv() {}

    static List<PublicationForm> read(Reader in, String source) throws IOException {
        List<CsvRow> rows = CsvReader.read(in, source);
        Cells.knownColumns(rows, COLUMNS, source);
        return rows.stream().map(r -> new PublicationForm(source + ", line " + r.line(), Cells.orNull(r, "doi"),
                Cells.orNull(r, "id"), Cells.get(r, "title"), Cells.list(r, "authors"), Cells.orNull(r, "year"),
                Cells.orNull(r, "venue"), Cells.orNull(r, "language"), Cells.list(r, "datasets"),
                Cells.orNull(r, "project"))).toList();
    }
}

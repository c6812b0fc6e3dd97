package fr.hdh.catalog.harvest.usage;

import fr.hdh.catalog.core.usage.ProjectForm;
import fr.hdh.catalog.harvest.csv.CsvReader;
import fr.hdh.catalog.harvest.csv.CsvRow;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Set;

/**
 * Projects from CSV (RFC 4180, UTF-8, a header row), one project a row. Columns (only {@code id} and a
 * title are needed): {@code id; title_fr, title_en; description_fr, description_en; purpose_fr, purpose_en;
 * legal_basis_fr, legal_basis_en; sponsor, sponsor_type (public, private, start-up), sponsor_iri;
 * requested_datasets, used_datasets (ids or IRIs separated by ';'); status (submitted, authorised, running,
 * completed, published); date_submitted, date_accepted, data_delivered, start_date, end_date (YYYY-MM-DD);
 * linkage, supported_by_hub (true/false); results (links separated by ';'); publications (DOIs separated by ';')}.
 */
final class ProjectCsv {
    static final Set<String> COLUMNS = Set.of("id", "title", "title_fr", "title_en", "description", "description_fr",
            "description_en", "purpose", "purpose_fr", "purpose_en", "legal_basis", "legal_basis_fr", "legal_basis_en",
            "sponsor", "sponsor_type", "sponsor_iri", "requested_datasets", "used_datasets", "status",
            "date_submitted", "date_accepted", "data_delivered", "start_date", "end_date", "linkage",
            "supported_by_hub", "results", "publications");

    private ProjectCsv() {}

    static List<ProjectForm> read(Reader in, String source) throws IOException {
        List<CsvRow> rows = CsvReader.read(in, source);
        Cells.knownColumns(rows, COLUMNS, source);
        return rows.stream().map(r -> new ProjectForm(source + ", line " + r.line(), Cells.get(r, "id"),
                Cells.texts(r, "title"), Cells.texts(r, "description"), Cells.texts(r, "purpose"),
                Cells.texts(r, "legal_basis"), Cells.orNull(r, "sponsor"), Cells.orNull(r, "sponsor_type"),
                Cells.orNull(r, "sponsor_iri"), Cells.list(r, "requested_datasets"), Cells.list(r, "used_datasets"),
                Cells.orNull(r, "status"), Cells.orNull(r, "date_submitted"), Cells.orNull(r, "date_accepted"),
                Cells.orNull(r, "data_delivered"), Cells.orNull(r, "start_date"), Cells.orNull(r, "end_date"),
                Cells.bool(r, "linkage"), Cells.bool(r, "supported_by_hub"), Cells.list(r, "results"),
                Cells.list(r, "publications"))).toList();
    }
}

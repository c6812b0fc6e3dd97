package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.StaleVersionException;
import fr.hdh.catalog.core.record.RecordVersion;
import fr.hdh.catalog.core.validation.InvalidRecordException;
import fr.hdh.catalog.harvest.tableschema.DictionaryCsv;
import fr.hdh.catalog.harvest.tableschema.DictionaryTables;
import fr.hdh.catalog.harvest.tableschema.TableSchema;
import fr.hdh.catalog.harvest.tableschema.TableSchemaReader;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * The data dictionary upload of the edit page ({@code multipart/form-data}, a {@code file} field): the CSV
 * template ({@code docs/data-dictionary-template.csv}, a {@code .csv} file) or a Table Schema / Data Package
 * (JSON), read by the same readers as {@code POST /api/datasets/{id}/dictionary} and put in the record the
 * same way ({@link DictionaryTables}), as a new version based on the one the page showed. A file that cannot
 * be read is shown on the page with the line (and column or field) at fault; nothing is written.
 */
final class DictionaryUpload {
    /** The largest file taken: a dictionary of a few thousand variables is a few hundred kilobytes. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** Where Jetty finds how to read a multipart body for a servlet registered without a configuration. */
    static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

    private final Drafts drafts;
    private final DatasetEditor editor;

    DictionaryUpload(Drafts drafts, DatasetEditor editor) {
        this.drafts = drafts;
        this.editor = editor;
    }

    /** Lets {@code req}'s multipart body be read (files kept in memory up to the limit). */
    static void acceptMultipart(HttpServletRequest req) {
        req.setAttribute(MULTIPART_CONFIG, new MultipartConfigElement(System.getProperty("java.io.tmpdir"), MAX_FILE_BYTES,
                MAX_FILE_BYTES + 64 * 1024, (int) MAX_FILE_BYTES));
    }

    void upload(HttpServletRequest req, HttpServletResponse resp, Sessions.Session s, String id)
            throws IOException, ServletException {
        String iri = drafts.iri(id);
        drafts.workflow().requireRead(iri, s.user());
        int basedOn = DatasetEditor.version(req.getParameter("version"));
        RecordVersion latest = drafts.latest(iri);
        Graph content = drafts.contentCopy(iri, latest.number());
        FieldValues shown = new DatasetFields(drafts.catalog().iris()).values(content, iri).with("id", id);
        Part file = req.getPart("file");
        if (file == null || file.getSize() == 0) {
            editor.refused(req, resp, s, shown, false, id, basedOn, List.of(new FormError("dictionary", "no file was chosen")));
            return;
        }
        String name = Optional.ofNullable(file.getSubmittedFileName()).orElse("dictionary");
        try (InputStream in = file.getInputStream()) {
            List<TableSchema> tables = csv(name, file.getContentType())
                    ? DictionaryCsv.read(in, name) : new TableSchemaReader().readTables(in, name);
            new DictionaryTables(drafts.catalog().iris()).put(content, id, tables);
            drafts.workflow().update(iri, new CatalogRecord(iri, RecordKind.DATASET, content, Drafts.source(s.user())),
                    basedOn, s.user(), Optional.of("data dictionary " + name));
            FormPages.seeOther(resp, "/my/datasets/" + id + "/edit?done=uploaded");
        } catch (MalformedInputException e) {
            editor.refused(req, resp, s, shown, false, id, basedOn, List.of(new FormError("dictionary", e.getMessage())));
        } catch (InvalidRecordException e) {
            editor.refused(req, resp, s, shown, false, id, basedOn, FieldErrors.of(e, iri, shown.slotsByIri()).stream()
                    .map(f -> f.hasField() ? f : new FormError("dictionary", f.message(), f.missing())).toList());
        } catch (StaleVersionException e) {
            editor.refused(req, resp, s, shown, false, id, basedOn, List.of(new FormError("dictionary", e.getMessage())));
        }
    }

    private static boolean csv(String name, String type) {
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") || (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/csv"));
    }
}

package fr.hdh.catalog.web.write;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.form.DatasetForm;
import fr.hdh.catalog.core.form.DatasetForms;
import fr.hdh.catalog.web.account.JsonBodies;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The dataset record a write request carries: the plain JSON form ({@code application/json}, see
 * {@link DatasetForm}) or RDF ({@link RdfBody}). Parsed whole before anything is written.
 */
final class RecordBodies {
    static final String FORM = "application/json";

    private RecordBodies() {}

    static CatalogRecord dataset(InputStream body, String contentType, CatalogIris iris, RecordSource source) throws IOException {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals(FORM)) {
            return DatasetForms.record(JsonBodies.read(body, DatasetForm.class), iris, source);
        }
        return RdfBody.dataset(body, contentType, iris.base(), source);
    }
}

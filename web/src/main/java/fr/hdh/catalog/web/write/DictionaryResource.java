package fr.hdh.catalog.web.write;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.record.DatasetWorkflow;
import fr.hdh.catalog.core.record.RecordVersion;
import fr.hdh.catalog.harvest.tableschema.DictionaryCsv;
import fr.hdh.catalog.harvest.tableschema.DictionaryTables;
import fr.hdh.catalog.harvest.tableschema.TableSchema;
import fr.hdh.catalog.harvest.tableschema.TableSchemaReader;
import fr.hdh.catalog.web.account.Authenticator;
import fr.hdh.catalog.web.api.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A producer's upload of a dataset's data dictionary: each call makes a new version of the dataset
 * record (a draft, published by a curator like any other change), based on the version its
 * {@code If-Match} names.
 * <ul>
 * <li>{@code POST /api/datasets/{id}/dictionary} — the tables of the body replace the tables of the same
 * name, or join the dictionary; the others stay. The body is a Table Schema or a Data Package with inline
 * schemas ({@code application/json}, {@code application/schema+json}, {@code application/vnd.tableschema+json}),
 * or the CSV template ({@code text/csv}, {@link DictionaryCsv}, {@code docs/data-dictionary-template.csv});</li>
 * <li>{@code DELETE /api/datasets/{id}/dictionary/{table}} — the table leaves the dictionary.</li>
 * </ul>
 * The body is read whole and the new content validated before anything is written; a malformed body is
 * refused (400) naming the line and column or field at fault.
 */
@Path("datasets/{id}/dictionary")
@Produces(MediaType.APPLICATION_JSON)
public final class DictionaryResource {
    private static final Set<String> TABLE_SCHEMA_TYPES =
            Set.of("application/json", "application/schema+json", "application/vnd.tableschema+json");
    private static final String CSV = "text/csv";

    @Inject
    Authenticator authenticator;
    @Inject
    Catalog catalog;

    @POST
    public Response upload(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @HeaderParam(DatasetsResource.MESSAGE_HEADER) String message,
                           @PathParam("id") String id, InputStream body) throws IOException {
        User caller = authenticator.caller(authorization);
        String iri = ids().iri(id);
        int basedOn = VersionTags.basedOn(ifMatch);
        Graph content = latestContent(iri, caller);
        List<TableSchema> tables = tables(body, contentType);
        new DictionaryTables(catalog.iris()).put(content, id, tables);
        return answer(id, save(iri, content, basedOn, caller, message));
    }

    @DELETE
    @Path("{table}")
    public Response remove(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @HeaderParam(DatasetsResource.MESSAGE_HEADER) String message,
                           @PathParam("id") String id, @PathParam("table") String table) {
        User caller = authenticator.caller(authorization);
        String iri = ids().iri(id);
        int basedOn = VersionTags.basedOn(ifMatch);
        Graph content = latestContent(iri, caller);
        if (!new DictionaryTables(catalog.iris()).removeTable(content, id, table)) {
            throw Problems.exception(Response.Status.NOT_FOUND, "The dictionary of " + iri + " has no table " + table);
        }
        return answer(id, save(iri, content, basedOn, caller, message));
    }

    private static List<TableSchema> tables(InputStream body, String contentType) throws IOException {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals(CSV)) {
            return DictionaryCsv.read(body, "the CSV data dictionary");
        }
        if (TABLE_SCHEMA_TYPES.contains(type)) {
            return new TableSchemaReader().readTables(body, "the Table Schema");
        }
        throw Problems.exception(Response.Status.UNSUPPORTED_MEDIA_TYPE, "A data dictionary is sent as a Table Schema "
                + "or Data Package (application/json) or as the CSV template (text/csv), not " + (type.isEmpty() ? "an untyped body" : type));
    }

    /** A copy of the latest version's content, once the caller may read the record. */
    private Graph latestContent(String iri, User caller) {
        workflow().requireRead(iri, caller);
        if (!iri.equals(catalog.iris().dataset(ids().id(iri)))) {
            throw Problems.exception(Response.Status.CONFLICT, "A data dictionary is kept under the dataset's IRI: "
                    + iri + " is not a dataset IRI of this catalogue (" + catalog.iris().dataset("") + "…)");
        }
        List<RecordVersion> history = workflow().history(iri);
        RecordVersion latest = history.get(history.size() - 1);
        Graph copy = GraphFactory.createDefaultGraph();
        workflow().content(iri, latest.number()).find().forEachRemaining(copy::add);
        return copy;
    }

    private RecordVersion save(String iri, Graph content, int basedOn, User caller, String message) {
        CatalogRecord record = new CatalogRecord(iri, RecordKind.DATASET, content,
                new RecordSource("api:datasets", caller.name()));
        return workflow().update(iri, record, basedOn, caller,
                Optional.ofNullable(message).or(() -> Optional.of("data dictionary")));
    }

    private static Response answer(String id, RecordVersion v) {
        return Response.ok(VersionDto.of(id, v)).tag(VersionTags.tag(v)).build();
    }

    private DatasetWorkflow workflow() {
        return catalog.workflow();
    }

    private DatasetIds ids() {
        return new DatasetIds(catalog.iris().base());
    }
}

package fr.hdh.catalog.web.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.account.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /my/datasets/new} and {@code /my/datasets/{id}/edit}: a producer creates and edits its
 * organisation's datasets through the form; a refused form is shown again with each problem at its field and
 * writes nothing; a form posted without the session's CSRF token, from another site, or on another
 * organisation's dataset is refused with 403 and writes nothing; an edit made on a version someone changed
 * since is refused with a message; a data dictionary that cannot be read is refused naming its line.
 */
class DatasetForm_POST_Test {
    private static FormServer server;
    private static String atih;
    private static String drees;

    @BeforeAll
    static void start() {
        server = FormServer.start();
        atih = server.user("atih-editor", Role.PRODUCER, FormServer.ATIH);
        drees = server.user("drees-editor", Role.PRODUCER, FormServer.DREES);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The fields of a complete dataset, but for those {@code without} names. */
    private static Map<String, Object> fields(String id, String... without) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("title_fr", "Séjours hospitaliers par région");
        f.put("title_en", "Hospital stays by region");
        f.put("description_fr", "Nombre de séjours hospitaliers par région et par année.");
        f.put("keywords_fr", "hôpital, séjours");
        f.put("accessRights", "PUBLIC");
        f.put("contact_email", "contact@example.org");
        f.put("temporal_start", "2015-01-01");
        for (String w : without) {
            f.put(w, "");
        }
        return f;
    }

    private static FormClient.Page create(FormClient producer, Map<String, Object> fields) {
        return producer.submit(producer.get("/my/datasets/new"), "form.dataset-form", fields);
    }

    @Test
    void aMissingDescriptionIsShownNextToItsFieldAndNothingIsWritten() {
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        String before = server.checksum();
        FormClient.Page refused = create(producer, fields("stays-a", "description_fr"));
        assertEquals(400, refused.status(), refused.doc().text());
        assertEquals(before, server.checksum(), "nothing written");

        Element description = refused.doc().selectFirst("#description_fr");
        assertEquals("true", description.attr("aria-invalid"));
        assertEquals("description_fr-error", description.attr("aria-describedby"));
        Element error = refused.doc().selectFirst("#description_fr-error");
        assertNotNull(error, "the problem is next to its field");
        assertEquals(description.parent(), error.parent(), "in the field's own block");
        assertTrue(refused.doc().selectFirst("#title_fr").attr("aria-invalid").isEmpty(), "a good field is not marked");
        Element summary = refused.doc().selectFirst("#error-summary");
        assertEquals("alert", summary.attr("role"));
        assertNotNull(summary.selectFirst("a[href='#description_fr']"), "the summary links to the field: " + summary);
        assertTrue(refused.doc().title().startsWith("Erreur"), refused.doc().title());
        assertEquals("Séjours hospitaliers par région", refused.doc().selectFirst("#title_fr").val(), "what was typed is kept");
        assertEquals("hôpital, séjours", refused.doc().selectFirst("#keywords_fr").val());
        assertNotNull(refused.doc().selectFirst("#accessRights option[value=PUBLIC][selected]"));

        FormClient.Page fixed = producer.submit(refused, "form.dataset-form", Map.of("description_fr",
                "Nombre de séjours hospitaliers par région et par année."));
        assertEquals(303, fixed.status(), fixed.doc().text());
        assertEquals("/my/datasets/stays-a/edit?done=created", fixed.location());
        FormClient.Page edit = producer.get(fixed.location());
        assertEquals(200, edit.status());
        assertEquals("Nombre de séjours hospitaliers par région et par année.", edit.doc().selectFirst("#description_fr").val());
        assertEquals("contact@example.org", edit.doc().selectFirst("#contact_email").val());
        assertEquals("2015-01-01", edit.doc().selectFirst("#temporal_start").val());
        assertTrue(edit.doc().selectFirst("p.notice").text().contains("version 1"), edit.doc().selectFirst("p.notice").text());
        assertEquals(FormServer.ATIH, edit.doc().selectFirst("#publisher option[selected]").val(), "the producer's organisation");
        assertEquals("Agence technique de l'information sur l'hospitalisation", edit.doc().selectFirst("#publisher option[selected]").text(),
                "shown by its name");
        assertEquals("brouillon", edit.doc().selectFirst("p.state strong").text());
    }

    @Test
    void aFieldTheMappingCannotReadIsShownNextToIt() {
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        String before = server.checksum();
        Map<String, Object> f = fields("stays-b");
        f.put("contact_email", "not an address");
        f.put("temporal_end", "31/12/2020");
        FormClient.Page refused = create(producer, f);
        assertEquals(400, refused.status());
        assertEquals(before, server.checksum());
        assertTrue(refused.doc().selectFirst("#contact_email-error").text().contains("not an e-mail address"));
        assertTrue(refused.doc().selectFirst("#temporal_end-error").text().contains("31/12/2020"));
        assertEquals(2, refused.doc().select("#error-summary li").size(), refused.doc().selectFirst("#error-summary").text());
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndWritesNothing() {
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        String before = server.checksum();
        FormClient.Page none = producer.submit(producer.get("/my/datasets/new"), "form.dataset-form",
                withCsrf(fields("stays-c"), null));
        assertEquals(403, none.status());
        assertTrue(none.doc().selectFirst("p.error").text().contains("jeton de sécurité"), none.doc().text());
        FormClient.Page wrong = producer.submit(producer.get("/my/datasets/new"), "form.dataset-form",
                withCsrf(fields("stays-c"), "guessed-token"));
        assertEquals(403, wrong.status());
        FormClient other = new FormClient(server);
        other.signIn(atih);
        String othersToken = other.get("/my/datasets/new").doc().selectFirst("input[name=csrf]").val();
        assertEquals(403, create(producer, withCsrf(fields("stays-c"), othersToken)).status(), "another session's token");
        assertEquals(before, server.checksum(), "nothing written");
        assertEquals(404, producer.get("/my/datasets/stays-c/edit").status());
    }

    @Test
    void aPostFromAnotherSiteIsRefused() {
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        String csrf = producer.get("/my/datasets/new").doc().selectFirst("input[name=csrf]").val();
        String before = server.checksum();
        List<Map.Entry<String, String>> body = List.of(Map.entry("csrf", csrf), Map.entry("id", "stays-d"),
                Map.entry("title_fr", "Séjours"), Map.entry("description_fr", "Séjours hospitaliers."), Map.entry("publisher", FormServer.ATIH));
        FormClient.Page refused = producer.post("/my/datasets/new", body, Map.of("Origin", "https://evil.example"));
        assertEquals(403, refused.status());
        assertTrue(refused.doc().selectFirst("p.error").text().contains("autre site"));
        assertEquals(before, server.checksum());
    }

    @Test
    void aProducerCannotEditAnotherOrganisationsDataset() {
        FormClient owner = new FormClient(server);
        owner.signIn(atih);
        assertEquals(303, create(owner, fields("stays-e")).status());
        FormClient.Page form = owner.get("/my/datasets/stays-e/edit");

        FormClient intruder = new FormClient(server);
        intruder.signIn(drees);
        assertEquals(403, intruder.get("/my/datasets/stays-e/edit").status(), "not even shown");
        assertEquals(403, intruder.get("/my/datasets/stays-e/history").status());
        assertTrue(intruder.get("/my/datasets").doc().select("tr[data-id=stays-e]").isEmpty(), "not in its list");
        String before = server.checksum();
        String csrf = intruder.get("/my/datasets/new").doc().selectFirst("input[name=csrf]").val();
        Map<String, Object> changed = new LinkedHashMap<>(Map.of("title_fr", "Pris", "csrf", csrf, "publisher", FormServer.ATIH));
        FormClient.Page refused = intruder.submit(form, "form.dataset-form", changed);
        assertEquals(403, refused.status(), refused.doc().text());
        assertTrue(refused.doc().selectFirst("p.error").text().contains("organisation"));
        changed.put("publisher", FormServer.DREES);
        assertEquals(403, intruder.submit(form, "form.dataset-form", changed).status(), "nor by naming its own organisation");
        assertEquals(403, intruder.post("/my/datasets/stays-e/submit", List.of(Map.entry("csrf", csrf)), Map.of()).status());
        assertEquals(before, server.checksum(), "nothing written");
    }

    @Test
    void anEditOnAStaleVersionIsRefusedWithAMessage() {
        FormClient first = new FormClient(server);
        first.signIn(atih);
        assertEquals(303, create(first, fields("stays-f")).status());
        FormClient second = new FormClient(server);
        second.signIn(atih);
        FormClient.Page firstForm = first.get("/my/datasets/stays-f/edit");
        FormClient.Page secondForm = second.get("/my/datasets/stays-f/edit");

        FormClient.Page saved = first.submit(firstForm, "form.dataset-form", Map.of("title_en", "Hospital stays, by region"));
        assertEquals(303, saved.status(), saved.doc().text());
        String before = server.checksum();
        FormClient.Page stale = second.submit(secondForm, "form.dataset-form", Map.of("title_en", "Stays"));
        assertEquals(409, stale.status());
        assertEquals(before, server.checksum(), "the first editor's change is not overwritten");
        assertTrue(stale.doc().selectFirst("p.notice").text().contains("version 2"), stale.doc().selectFirst("p.notice").text());
        assertEquals("Stays", stale.doc().selectFirst("#title_en").val(), "the typed values are kept");
        assertEquals("Hospital stays, by region", second.get("/my/datasets/stays-f/edit").doc().selectFirst("#title_en").val());
    }

    @Test
    void anEditKeepsWhatTheFormDoesNotShow() {
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        assertEquals(303, create(producer, fields("stays-g")).status());
        FormClient.Page form = producer.get("/my/datasets/stays-g/edit");
        FormClient.Page saved = producer.submit(form, "form.dataset-form", Map.of("contact_email", "", "keywords_en", "hospital"));
        assertEquals(303, saved.status(), saved.doc().text());
        FormClient.Page again = producer.get("/my/datasets/stays-g/edit");
        assertEquals("", again.doc().selectFirst("#contact_email").val(), "a field emptied is gone");
        assertEquals("hospital", again.doc().selectFirst("#keywords_en").val());
        assertEquals("hôpital, séjours", again.doc().selectFirst("#keywords_fr").val());
        assertEquals("Version 2 :", again.doc().selectFirst("p.state").ownText().strip());
    }

    @Test
    void aMalformedCsvDictionaryIsRefusedNamingItsLine() {
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        assertEquals(303, create(producer, fields("stays-h")).status());
        FormClient.Page form = producer.get("/my/datasets/stays-h/edit");
        String csrf = form.doc().selectFirst("form[enctype] input[name=csrf]").val();
        String csv = "table,table_title,name,title,description,type,length,code_list,primary_key\n"
                + "SEJOUR,Séjours,SEJ_NUM,Numéro,Identifiant du séjour,string,10,,yes\n"
                + "SEJOUR,,ENT_DAT,\"Date d'entrée,Date,date,,,\n";
        String before = server.checksum();
        FormClient.Page refused = producer.upload("/my/datasets/stays-h/dictionary", Map.of("csrf", csrf, "version", "1"),
                "file", "dictionnaire.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.doc().text());
        assertEquals(before, server.checksum(), "nothing written");
        Element error = refused.doc().selectFirst("#dictionary-error");
        assertNotNull(error, refused.doc().text());
        assertTrue(error.text().contains("dictionnaire.csv") && error.text().matches(".*line 3.*"), error.text());
        assertEquals("dictionary-error", refused.doc().selectFirst("#dictionary").attr("aria-describedby"));
        assertNotNull(refused.doc().selectFirst("#error-summary a[href='#dictionary']"));

    }

    @Test
    void aDictionaryJoinsADatasetAndLaterEditsKeepIt() throws Exception {
        // A dataset with a dictionary answers to HealthDCAT-AP, whose properties the API takes as RDF.
        HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/datasets")))
                .header("Authorization", "Bearer " + atih).header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(HealthDataset.turtle("stays-i", FormServer.ATIH))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, made.statusCode(), made.body());
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        FormClient.Page form = producer.get("/my/datasets/stays-i/edit");
        String csrf = form.doc().selectFirst("form[enctype] input[name=csrf]").val();
        String good = "table,table_title,name,title,description,type,length,code_list,primary_key\n"
                + "SEJOUR,Séjours hospitaliers,SEJ_NUM,Numéro de séjour,Identifiant du séjour dans l'établissement,string,10,,yes\n";
        FormClient.Page uploaded = producer.upload("/my/datasets/stays-i/dictionary", Map.of("csrf", csrf, "version", "1"),
                "file", "dictionnaire.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, uploaded.status(), uploaded.doc().text());
        FormClient.Page edit = producer.get(uploaded.location());
        assertTrue(edit.doc().selectFirst("p.notice").text().contains("version 2"));
        assertTrue(server.catalog().workflow().content(server.catalog().iris().dataset("stays-i"), 2).find().toList().stream()
                .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals("SEJ_NUM")), "the variable is in the record");

        FormClient.Page saved = producer.submit(edit, "form.dataset-form", Map.of("title_en", "Hospital stays (MCO)"));
        assertEquals(303, saved.status(), "the edit keeps the dictionary and the health properties, so the record stays valid: "
                + saved.doc().select("#error-summary").text());
        assertTrue(server.catalog().workflow().content(server.catalog().iris().dataset("stays-i"), 3).find().toList().stream()
                .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals("SEJ_NUM")), "still there in version 3");
        assertEquals(403, producer.upload("/my/datasets/stays-i/dictionary", Map.of("version", "3"), "file", "d.csv", "text/csv",
                good.getBytes(StandardCharsets.UTF_8)).status(), "an upload without the CSRF token is refused");
    }

    private static Map<String, Object> withCsrf(Map<String, Object> fields, String csrf) {
        Map<String, Object> f = new LinkedHashMap<>(fields);
        f.put("csrf", csrf == null ? "" : csrf);
        return f;
    }

    @Test
    void theListShowsTheProducersDatasetsAndTheirState() {
        FormClient producer = new FormClient(server);
        producer.signIn(drees);
        assertEquals(303, create(producer, fields("drees-list")).status(), "publisher preset to the producer's one organisation");
        Element row = producer.get("/my/datasets").doc().selectFirst("tr[data-id=drees-list]");
        assertNotNull(row);
        assertEquals("brouillon", row.selectFirst("td.state").text());
        assertEquals("Séjours hospitaliers par région", row.selectFirst("a").text());
        assertNull(producer.get("/my/datasets").doc().selectFirst("tr[data-id=stays-a]"), "another organisation's is not listed");
    }
}

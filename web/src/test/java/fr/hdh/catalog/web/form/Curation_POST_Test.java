package fr.hdh.catalog.web.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.account.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review cycle in the forms: a producer submits its draft, which joins the curators' queue at
 * {@code /curation}; a curator publishes it (the public page then shows it) or sends it back; the history page
 * lists the versions, shows what changed between two, and restores an old one as a new draft.
 */
class Curation_POST_Test {
    private static FormServer server;
    private static String atih;
    private static String curator;

    @BeforeAll
    static void start() {
        server = FormServer.start();
        atih = server.user("atih-editor", Role.PRODUCER, FormServer.ATIH);
        curator = server.user("hdh-curator", Role.CURATOR);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void create(FormClient producer, String id, String titleFr) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("title_fr", titleFr);
        f.put("description_fr", "Nombre de séjours hospitaliers par région et par année.");
        f.put("accessRights", "PUBLIC");
        FormClient.Page made = producer.submit(producer.get("/my/datasets/new"), "form.dataset-form", f);
        assertEquals(303, made.status(), made.doc().text());
    }

    @Test
    void aSubmittedDatasetJoinsTheQueueAndAPublishedOneIsPublic() {
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        create(producer, "stays-pub", "Séjours hospitaliers publiés");
        assertEquals(404, producer.get("/dataset/stays-pub").status(), "a draft is not public");
        FormClient.Page submitted = producer.submit(producer.get("/my/datasets/stays-pub/edit"), "section.submission form", Map.of());
        assertEquals(303, submitted.status());
        FormClient.Page edit = producer.get(submitted.location());
        assertEquals("soumis", edit.doc().selectFirst("p.state strong").text());
        assertNull(edit.doc().selectFirst("section.submission"), "submitted once");
        assertEquals(403, producer.get("/curation").status(), "a producer does not review");

        FormClient reviewer = new FormClient(server);
        reviewer.signIn(curator);
        FormClient.Page queue = reviewer.get("/curation");
        Element entry = queue.doc().selectFirst("section.review[data-id=stays-pub]");
        assertNotNull(entry, queue.doc().text());
        assertEquals("Séjours hospitaliers publiés", entry.selectFirst("h2").text());
        assertTrue(entry.text().contains("atih-editor"));

        FormClient.Page published = reviewer.submit(queue, "section.review[data-id=stays-pub] form:has(input[value=publish])", Map.of());
        assertEquals(303, published.status(), published.doc().text());
        FormClient.Page after = reviewer.get(published.location());
        assertTrue(after.doc().selectFirst("p.notice").text().contains("stays-pub"));
        assertNull(after.doc().selectFirst("section.review[data-id=stays-pub]"), "it left the queue");
        FormClient.Page page = new FormClient(server).get("/dataset/stays-pub");
        assertEquals(200, page.status(), "public now, to anyone");
        assertEquals("Séjours hospitaliers publiés", page.doc().selectFirst("h1").text());
        assertEquals("publié", producer.get("/my/datasets").doc().selectFirst("tr[data-id=stays-pub] td.state").text());
    }

    @Test
    void aCuratorSendsADatasetBackWithANote() {
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        create(producer, "stays-back", "Séjours à revoir");
        producer.submit(producer.get("/my/datasets/stays-back/edit"), "section.submission form", Map.of());
        FormClient reviewer = new FormClient(server);
        reviewer.signIn(curator);
        FormClient.Page sent = reviewer.submit(reviewer.get("/curation"),
                "section.review[data-id=stays-back] form:has(input[value=sendBack])", Map.of("note", "ajouter la couverture temporelle"));
        assertEquals(303, sent.status(), sent.doc().text());
        assertNull(reviewer.get("/curation").doc().selectFirst("section.review[data-id=stays-back]"));
        FormClient.Page history = producer.get("/my/datasets/stays-back/history");
        Element latest = history.doc().selectFirst("table.versions tr[data-version=2]");
        assertEquals("brouillon", latest.selectFirst("td.state").text());
        assertTrue(latest.text().contains("ajouter la couverture temporelle"), latest.text());
        assertNotNull(producer.get("/my/datasets/stays-back/edit").doc().selectFirst("section.submission"), "it may be submitted again");
    }

    @Test
    void theHistoryShowsTheVersionsADiffAndRestores() {
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        create(producer, "stays-hist", "Séjours, première version");
        FormClient.Page saved = producer.submit(producer.get("/my/datasets/stays-hist/edit"), "form.dataset-form",
                Map.of("title_fr", "Séjours, deuxième version", "keywords_fr", "hôpital", "message", "titre revu"));
        assertEquals(303, saved.status(), saved.doc().text());

        FormClient.Page history = producer.get("/my/datasets/stays-hist/history");
        assertEquals(List.of("2", "1"), history.doc().select("table.versions tbody tr").eachAttr("data-version"), "newest first");
        assertTrue(history.doc().selectFirst("tr[data-version=2]").text().contains("titre revu"));

        FormClient.Page diff = producer.get("/my/datasets/stays-hist/history?from=1&to=2");
        Element section = diff.doc().selectFirst("section.diff");
        assertNotNull(section);
        Element changed = section.select("tbody tr.changed").stream().filter(r -> r.text().contains("dct:title")).findFirst().orElseThrow();
        assertEquals("\"Séjours, première version\"@fr", changed.selectFirst("del").text());
        assertEquals("\"Séjours, deuxième version\"@fr", changed.selectFirst("ins").text());
        Element added = section.select("tbody tr.added").stream().filter(r -> r.text().contains("dcat:keyword")).findFirst().orElseThrow();
        assertEquals("\"hôpital\"@fr", added.selectFirst("ins").text());

        String before = server.checksum();
        assertEquals(403, producer.post("/my/datasets/stays-hist/restore", List.of(Map.entry("version", "1")), Map.of()).status());
        assertEquals(before, server.checksum(), "no CSRF token, no restore");
        FormClient.Page restored = producer.submit(history, "tr[data-version=1] form", Map.of());
        assertEquals(303, restored.status());
        FormClient.Page after = producer.get(restored.location());
        assertEquals(List.of("3", "2", "1"), after.doc().select("table.versions tbody tr").eachAttr("data-version"));
        assertTrue(after.doc().selectFirst("tr[data-version=3]").text().contains("restores version 1"));
        assertEquals("Séjours, première version", producer.get("/my/datasets/stays-hist/edit").doc().selectFirst("#title_fr").val());
    }
}

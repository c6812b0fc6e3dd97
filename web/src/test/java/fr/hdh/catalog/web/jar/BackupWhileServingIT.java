package fr.hdh.catalog.web.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hdh backup --data DIR FILE} while the server holds DIR: the backup is taken through the server, and
 * restored into an empty folder it gives back the published record, the draft's history and the user
 * (whose token still works). Without the admin token the command says what it needs.
 */
class BackupWhileServingIT {
    static final String ADMIN = "backup-test-admin-token-0123456789";
    static final String BASE = "http://test.example/";

    @TempDir
    Path dir;

    @Test
    void aBackupIsTakenThroughTheRunningServer() throws Exception {
        Path data = dir.resolve("data");
        Path producers = dir.resolve("producers.ttl");
        try (InputStream in = BackupWhileServingIT.class.getResourceAsStream("/workflow/producers.ttl")) {
            Files.write(producers, in.readAllBytes());
        }
        try (HdhJar imported = HdhJar.start("512m", false, "import", producers.toString(), "--data", data.toString(),
                "--base-iri", BASE)) {
            assertEquals(0, imported.process().waitFor(), imported.lines().toString());
        }
        Path file = dir.resolve("backup.nq.gz");
        String token;
        try (HdhJar server = HdhJar.start(Map.of("HDH_ADMIN_TOKEN", ADMIN), "512m", false, "serve", "--port", "0",
                "--host", "localhost", "--data", data.toString())) {
            server.awaitHealthy(Duration.ofMinutes(2));
            String base = server.base();
            HttpResponse<String> user = post(base + "api/users", ADMIN, "application/json",
                    "{\"name\":\"atih-editor\",\"role\":\"producer\",\"organisations\":[\"" + BASE + "producer/atih\"]}");
            assertEquals(201, user.statusCode(), user.body());
            token = user.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            String form = "{\"id\":\"%s\",\"title\":{\"fr\":\"Jeu %s\"},\"description\":{\"fr\":\"Sauvegardé.\"},"
                    + "\"publisher\":\"" + BASE + "producer/atih\",\"accessRights\":\"PUBLIC\"}";
            assertEquals(201, post(base + "api/datasets", token, "application/json", form.formatted("published", "publié")).statusCode());
            assertEquals(200, post(base + "api/datasets/published/publish", ADMIN, null, "").statusCode());
            assertEquals(201, post(base + "api/datasets", token, "application/json", form.formatted("draft", "brouillon")).statusCode());

            try (HdhJar refused = HdhJar.start("256m", false, "backup", "--data", data.toString(), dir.resolve("no.nq.gz").toString())) {
                assertEquals(1, refused.process().waitFor());
                assertTrue(String.join("\n", refused.lines()).contains("HDH_ADMIN_TOKEN"), refused.lines().toString());
            }
            try (HdhJar backup = HdhJar.start(Map.of("HDH_ADMIN_TOKEN", ADMIN), "256m", false, "backup", "--data",
                    data.toString(), file.toString())) {
                assertEquals(0, backup.process().waitFor(), backup.lines().toString());
                assertTrue(String.join("\n", backup.lines()).contains("through the running server"), backup.lines().toString());
            }
        }
        Path restored = dir.resolve("restored");
        try (HdhJar restore = HdhJar.start("1g", false, "restore", file.toString(), "--data", restored.toString())) {
            assertEquals(0, restore.process().waitFor(), restore.lines().toString());
        }
        try (HdhJar server = HdhJar.start("512m", false, "serve", "--port", "0", "--host", "localhost",
                "--data", restored.toString())) {
            server.awaitHealthy(Duration.ofMinutes(2));
            String base = server.base();
            HttpResponse<String> published = HdhJar.HTTP.send(HttpRequest.newBuilder(URI.create(base + "dataset/published"))
                    .header("Accept", "text/turtle").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, published.statusCode());
            HttpResponse<String> draft = HdhJar.HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/datasets/draft/history"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, draft.statusCode(), "the draft and the user's token came back: " + draft.body());
            assertTrue(draft.body().contains("\"state\":\"draft\""), draft.body());
            HttpResponse<String> hidden = HdhJar.HTTP.send(HttpRequest.newBuilder(URI.create(base + "dataset/draft"))
                    .header("Accept", "text/turtle").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, hidden.statusCode(), "the draft is still not public");
        }
    }

    private static HttpResponse<String> post(String url, String token, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return HdhJar.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package fr.hdh.catalog.web.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar killed with SIGKILL while a producer writes through the API, round after round: after each
 * restart every write the server acknowledged is there (each draft in its history, each publication in
 * SPARQL), and the search index lists exactly the datasets the store serves. Three rounds in the build;
 * {@code -Dhdh.crash.rounds=20} for the full run (figures in the README).
 */
class KillDuringWritesIT {
    static final String ADMIN = "crash-test-admin-token-0123456789";
    static final String BASE = "http://test.example/";
    static final String ATIH = BASE + "producer/atih";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        int rounds = Integer.getInteger("hdh.crash.rounds", 3);
        Path data = dir.resolve("data");
        Path producers = dir.resolve("producers.ttl");
        try (InputStream in = KillDuringWritesIT.class.getResourceAsStream("/workflow/producers.ttl")) {
            Files.write(producers, in.readAllBytes());
        }
        try (HdhJar imported = HdhJar.start("512m", false, "import", producers.toString(), "--data", data.toString(),
                "--base-iri", BASE)) {
            assertEquals(0, imported.process().waitFor(), imported.lines().toString());
        }
        Set<String> drafts = new TreeSet<>();
        Set<String> published = new TreeSet<>();
        String token = null;
        Random random = new Random(42);
        int acknowledged = 0;
        for (int round = 0; round < rounds; round++) {
            try (HdhJar server = serve(data)) {
                server.awaitHealthy(Duration.ofMinutes(2));
                String base = server.base();
                checkSurvivors(base, token, drafts, published);
                if (token == null) {
                    token = producerToken(base);
                }
                List<String> acks = new CopyOnWriteArrayList<>();
                String producer = token;
                int r = round;
                Thread writer = new Thread(() -> write(base, producer, r, acks));
                writer.start();
                Thread.sleep(400 + random.nextInt(1200));
                server.process().destroyForcibly().waitFor();
                writer.join(10_000);
                for (String ack : acks) {
                    String[] parts = ack.split(" ");
                    (parts[0].equals("draft") ? drafts : published).add(parts[1]);
                }
                acknowledged += acks.size();
            }
        }
        try (HdhJar server = serve(data)) {
            server.awaitHealthy(Duration.ofMinutes(2));
            checkSurvivors(server.base(), token, drafts, published);
        }
        assertTrue(acknowledged > rounds, "writes were acknowledged before the kills: " + acknowledged);
        System.out.printf("KillDuringWritesIT: %d rounds, %d acknowledged writes (%d drafts, %d publications), all there%n",
                rounds, acknowledged, drafts.size(), published.size());
    }

    private HdhJar serve(Path data) throws Exception {
        return HdhJar.start(Map.of("HDH_ADMIN_TOKEN", ADMIN), "512m", false, "serve", "--port", "0",
                "--host", "localhost", "--data", data.toString(), "--base-iri", BASE);
    }

    /** Creates and publishes datasets until the server dies; each answer that came back is acknowledged. */
    private static void write(String base, String token, int round, List<String> acks) {
        for (int i = 0; ; i++) {
            String id = "crash-" + round + "-" + i;
            try {
                String form = """
                        {"id": "%s", "title": {"fr": "Jeu %s"}, "description": {"fr": "Écrit pendant le test de panne."},
                         "publisher": "%s", "accessRights": "PUBLIC"}""".formatted(id, id, ATIH);
                HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "api/datasets"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
                if (created.statusCode() != 201) {
                    throw new AssertionError("create " + id + ": " + created.statusCode() + " " + created.body());
                }
                acks.add("draft " + id);
                if (i % 2 == 0) {
                    HttpResponse<String> pub = send(HttpRequest.newBuilder(URI.create(base + "api/datasets/" + id + "/publish"))
                            .header("Authorization", "Bearer " + ADMIN).POST(HttpRequest.BodyPublishers.noBody()));
                    if (pub.statusCode() != 200) {
                        throw new AssertionError("publish " + id + ": " + pub.statusCode() + " " + pub.body());
                    }
                    acks.add("published " + id);
                }
            } catch (java.io.IOException | InterruptedException e) {
                return;   // killed: what was acknowledged is in acks
            }
        }
    }

    private static void checkSurvivors(String base, String token, Set<String> drafts, Set<String> published) throws Exception {
        for (String id : drafts) {
            HttpResponse<String> history = send(HttpRequest.newBuilder(URI.create(base + "api/datasets/" + id + "/history"))
                    .header("Authorization", "Bearer " + token).GET());
            assertEquals(200, history.statusCode(), "acknowledged draft " + id + " lost: " + history.body());
        }
        Set<String> inSparql = new TreeSet<>();
        String query = "SELECT ?d WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> }";
        JsonNode rows = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").GET())
                .body()).get("results").get("bindings");
        rows.forEach(row -> inSparql.add(row.get("d").get("value").asText().substring((BASE + "dataset/").length())));
        assertTrue(inSparql.containsAll(published), "acknowledged publications lost: " + published + " vs " + inSparql);
        Set<String> inSearch = new TreeSet<>();
        for (int page = 1; ; page++) {
            JsonNode search = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "api/search?kind=dataset&size=100&page="
                    + page)).GET()).body());
            search.get("hits").forEach(h -> inSearch.add(h.get("iri").asText().substring((BASE + "dataset/").length())));
            if (search.get("hits").size() < 100) {
                break;
            }
        }
        assertEquals(inSparql, inSearch, "the search index lists what the store serves");
    }

    private static String producerToken(String base) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "api/users"))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"crash-editor\",\"role\":\"producer\",\"organisations\":[\"" + ATIH + "\"]}")));
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("token").asText();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws java.io.IOException, InterruptedException {
        return HdhJar.HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package fr.hdh.catalog.web.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's contract, on the shaded jar itself (service files merged or not, Lucene codecs,
 * Jena subsystems): {@code java -jar web/target/hdh.jar serve --port P --data DIR --demo} becomes
 * healthy, SPARQL counts the real demo content over the union of record graphs, and a restart on the
 * same folder keeps everything and duplicates nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeDemoJarIT {
    private static final Pattern LISTENING = Pattern.compile("on http://localhost:(\\d+)/");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX csvw: <http://www.w3.org/ns/csvw#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX dct:  <http://purl.org/dc/terms/>
            """;

    @TempDir
    static Path data;

    private static long triplesAfterFirstStart;

    @Test
    @Order(1)
    void firstStartLoadsTheRealDemoContent() throws Exception {
        try (Server server = Server.start(data)) {
            long readyMs = server.awaitHealthy(Duration.ofMinutes(4));
            System.out.println("first serve --demo ready after " + readyMs + " ms");

            assertTrue(count(server, "?d a dcat:Dataset") >= 40);
            assertTrue(count(server, "?t a csvw:Table") >= 188);
            assertTrue(count(server, "?c a csvw:Column") >= 4815);
            assertTrue(count(server, "?s a skos:ConceptScheme") >= 400);
            assertTrue(count(server, "?o a foaf:Organization") >= 20);
            assertEquals(0, count(server, "?c a csvw:Column FILTER NOT EXISTS { ?c csvw:name ?n }"));
            assertEquals(0, count(server,
                    "?c a csvw:Column FILTER NOT EXISTS { ?c csvw:title ?t } FILTER NOT EXISTS { ?c dct:description ?d }"));
            assertEquals(0, count(server, "?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), \"\\u0092\"))"));
            triplesAfterFirstStart = count(server, "?s ?p ?o");
        }
    }

    @Test
    @Order(2)
    void aRestartKeepsEverythingAndDuplicatesNothing() throws Exception {
        try (Server server = Server.start(data)) {
            long readyMs = server.awaitHealthy(Duration.ofMinutes(1));
            System.out.println("restart ready after " + readyMs + " ms");
            assertEquals(triplesAfterFirstStart, count(server, "?s ?p ?o"));
        }
    }

    private static long count(Server server, String pattern) throws Exception {
        String query = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        URI.create(server.base() + "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(150)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().split("\\R")[1].trim());
    }

    /** The jar running as a separate process, as a user starts it. */
    private record Server(Process process, CompletableFuture<Integer> port, long startedAt) implements AutoCloseable {
        static Server start(Path data) throws Exception {
            Path jar = Path.of("target", "hdh.jar");
            assertTrue(Files.exists(jar), "run after package: " + jar.toAbsolutePath());
            // The checks scan all million triples: allow them more than the public 10 s on a slow CI machine.
            Process p = new ProcessBuilder("java", "-Xmx3g", "-jar", jar.toString(), "serve", "--port", "0",
                    "--data", data.toString(), "--demo", "--query-timeout", "120").redirectErrorStream(true).start();
            CompletableFuture<Integer> port = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        Matcher m = LISTENING.matcher(line);
                        if (m.find()) {
                            port.complete(Integer.parseInt(m.group(1)));
                        }
                        if (!line.contains(" INFO ")) {
                            System.out.println("[hdh] " + line);
                        }
                    }
                } catch (Exception ignored) {
                    // The process ended; its exit is checked by the test.
                }
                port.completeExceptionally(new IllegalStateException("hdh exited before listening"));
            });
            reader.setDaemon(true);
            reader.start();
            return new Server(p, port, System.nanoTime());
        }

        String base() throws Exception {
            return "http://localhost:" + port.get(2, TimeUnit.MINUTES) + "/";
        }

        long awaitHealthy(Duration limit) throws Exception {
            long deadline = System.nanoTime() + limit.toNanos();
            String base = base();
            while (System.nanoTime() < deadline) {
                assertTrue(process.isAlive(), "hdh exited with " + (process.isAlive() ? "" : process.exitValue()));
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - startedAt) / 1_000_000;
                }
                Thread.sleep(250);
            }
            throw new AssertionError("not healthy within " + limit);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}

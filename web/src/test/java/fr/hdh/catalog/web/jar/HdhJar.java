package fr.hdh.catalog.web.jar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar target/hdh.jar ARGS} as a separate process, as a user runs it: its output kept (and
 * echoed when asked), the port it listens on read from its log, waits for a line or for {@code /health}.
 *
 * <pre>
 * try (HdhJar server = HdhJar.start("1g", false, "serve", "--port", "0", "--data", dir.toString())) {
 *     server.awaitHealthy(Duration.ofMinutes(1));
 * }
 * </pre>
 */
record HdhJar(Process process, List<String> lines, CompletableFuture<Integer> port, long startedAt) implements AutoCloseable {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern LISTENING = Pattern.compile("on http://localhost:(\\d+)/");

    /**
     * @param heap the child JVM's {@code -Xmx}
     * @param echo whether to print its lines (INFO log lines excepted) to this test's output
     */
    static HdhJar start(String heap, boolean echo, String... args) throws Exception {
        return start(java.util.Map.of(), heap, echo, args);
    }

    /** As {@link #start(String, boolean, String...)}, with {@code environment} added to the child's. */
    static HdhJar start(java.util.Map<String, String> environment, String heap, boolean echo, String... args) throws Exception {
        Path jar = Path.of("target", "hdh.jar");
        assertTrue(Files.exists(jar), "run after package: " + jar.toAbsolutePath());
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap, "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process p = builder.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                    if (echo && !line.contains(" INFO ")) {
                        System.out.println("[hdh] " + line);
                    }
                }
            } catch (Exception ignored) {
                // the process ended or was killed; its exit is checked by the test
            }
            port.completeExceptionally(new IllegalStateException("hdh exited before listening: " + lines));
        });
        reader.setDaemon(true);
        reader.start();
        return new HdhJar(p, lines, port, System.nanoTime());
    }

    /** Waits for a line of output matching {@code pattern}. */
    void awaitLine(Pattern pattern, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(l -> pattern.matcher(l).find())) {
                return;
            }
            assertTrue(process.isAlive(), "hdh exited before " + pattern + ": " + lines);
            Thread.sleep(5);
        }
        throw new AssertionError("no line matching " + pattern + " within " + limit + ": " + lines);
    }

    /** The server's address, once it says where it listens. */
    String base() throws Exception {
        return "http://localhost:" + port.get(2, TimeUnit.MINUTES) + "/";
    }

    /** Waits for {@code /health} to answer 200; the milliseconds since the process started. */
    long awaitHealthy(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        String base = base();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "hdh exited: " + lines);
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return (System.nanoTime() - startedAt) / 1_000_000;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not healthy within " + limit + ": " + lines);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}

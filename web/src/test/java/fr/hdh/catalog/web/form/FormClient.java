package fr.hdh.catalog.web.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A reader of the forms over HTTP, as a browser without script: it keeps the session cookie the sign-in sets,
 * reads pages with jsoup, and posts forms as they are on the page (hidden fields included) with the fields a
 * test changes. Redirects are not followed, so a test sees the 303 of a successful step.
 */
final class FormClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final FormServer server;
    private String cookie = "";

    FormClient(FormServer server) {
        this.server = server;
    }

    /** An answer: its status, headers and page. */
    record Page(int status, HttpResponse<String> response, Document doc) {
        String location() {
            return response.headers().firstValue("Location").orElse("");
        }
    }

    /** Signs in with {@code token}; asserts the 303. */
    Page signIn(String token) {
        Page page = post("/sign-in", List.of(Map.entry("token", token)), Map.of());
        assertEquals(303, page.status(), page.doc().text());
        return page;
    }

    String sessionCookie() {
        return cookie;
    }

    /** Sends {@code value} as the session cookie from now on (a cookie kept from another reader). */
    void useCookie(String value) {
        this.cookie = value;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().header("Accept", "text/html"));
    }

    /** Posts {@code fields} URL-encoded to {@code path}, with {@code headers}. */
    Page post(String path, List<Map.Entry<String, String>> fields, Map<String, String> headers) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach(f -> body.add(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(b::header);
        return send(b);
    }

    /**
     * Submits the form {@code selector} of {@code page} as a browser would: its inputs, selected options, ticked
     * boxes and text areas, with {@code changes} replacing the fields they name (a list value: a multi-valued field).
     */
    Page submit(Page page, String selector, Map<String, Object> changes) {
        Element form = page.doc().selectFirst(selector);
        assertNotNull(form, "no form " + selector + " on " + page.doc().title());
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element e : form.select("input[name], textarea[name], select[name]")) {
            String name = e.attr("name");
            if (changes.containsKey(name)) {
                continue;
            }
            switch (e.tagName()) {
                case "textarea" -> fields.add(Map.entry(name, e.wholeText()));
                case "select" -> Optional.ofNullable(e.selectFirst("option[selected]")).or(() -> Optional.ofNullable(e.selectFirst("option")))
                        .ifPresent(o -> fields.add(Map.entry(name, o.attr("value"))));
                default -> {
                    if (!e.attr("type").equals("checkbox") || e.hasAttr("checked")) {
                        fields.add(Map.entry(name, e.attr("value")));
                    }
                }
            }
        }
        changes.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                values.forEach(v -> fields.add(Map.entry(name, String.valueOf(v))));
            } else {
                fields.add(Map.entry(name, String.valueOf(value)));
            }
        });
        return post(form.attr("action"), fields, Map.of());
    }

    /** Posts a multipart body to {@code path}: {@code fields} as text, and one file. */
    Page upload(String path, Map<String, String> fields, String fileField, String fileName, String type, byte[] content) {
        String boundary = "----hdh-forms-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> f : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                        + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    private Page send(HttpRequest.Builder b) {
        if (!cookie.isEmpty()) {
            b.header("Cookie", FormsCookie.NAME + "=" + cookie);
        }
        b.timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(FormsCookie.NAME + "=")).findFirst()
                    .ifPresent(c -> cookie = c.substring(FormsCookie.NAME.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
            return new Page(r.statusCode(), r, Jsoup.parse(r.body(), server.url("/")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The session cookie's name, as the server sets it. */
    static final class FormsCookie {
        static final String NAME = SessionFilter.COOKIE;

        private FormsCookie() {}
    }
}

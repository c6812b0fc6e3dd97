package fr.hdh.catalog.web.write;

import static fr.hdh.catalog.web.write.WriteApiServer.ATIH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text a producer writes is never markup: markup and script payloads put in every text field of a
 * dataset record (French and English title, description, keyword, identifier) and in the change
 * message, written through {@code POST /api/datasets}, submitted and published, come back as text.
 * <ul>
 * <li>In HTML (the dataset page, the search page, {@code /catalog}): no payload appears raw; the page has
 *     exactly the elements and attribute names of its twin, the same record with plain words, so no
 *     payload made an element or an attribute; no {@code on*} handler, no {@code javascript:} URL, no
 *     script but the schema.org JSON-LD (which holds no {@code <}); the heading reads the payload back as
 *     text.</li>
 * <li>In JSON ({@code /api/search}, {@code /api/suggest}, history, diff, the record as JSON-LD): served as
 *     JSON, the payload read back equal from a JSON string and nowhere else (outside strings only JSON
 *     punctuation and literals); search snippets are text in JSON strings, their matched parts marked as data.</li>
 * </ul>
 */
class HostileTextEscapingTest {
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "' onmouseover='alert(1)' x='",
            "</title></script><svg onload=alert(1)>&lt;b&gt;");
    /** One search word per payload, and one per twin: what finds each record and only it. */
    private static final List<String> HOSTILE = List.of("zanzibar", "kilimandjaro", "okavango", "tanganyika", "serengeti");
    private static final List<String> PLAIN = List.of("patagonie", "atacama", "titicaca", "valparaiso", "ushuaia");
    private static final String PLAIN_TEXT = "mots simples";
    private static final String RECORD = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            <http://test.example/dataset/%s> a dcat:Dataset ;
                dct:identifier "%s" ;
                dct:title "%s"@fr , "%s"@en ;
                dct:description "%s"@fr ;
                dcat:keyword "%s"@fr ;
                dct:publisher <http://test.example/producer/atih> ;
                dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> .
            """;
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script[^>]*>.*?</script>");
    private static final Pattern JSON_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    private static WriteApiServer api;

    @BeforeAll
    static void publishEveryPayloadAndItsTwin() throws Exception {
        api = WriteApiServer.start();
        String producer = api.user("atih-editor", "producer", ATIH);
        String curator = api.user("curator", "curator");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            publish("hostile-" + i, HOSTILE.get(i), PAYLOADS.get(i), producer, curator);
            publish("plain-" + i, PLAIN.get(i), PLAIN_TEXT, producer, curator);
        }
        for (String word : Stream.concat(HOSTILE.stream(), PLAIN.stream()).toList()) {
            awaitSearchable(word);
        }
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static Stream<Arguments> payloads() {
        return IntStream.range(0, PAYLOADS.size()).mapToObj(i -> Arguments.of(i, PAYLOADS.get(i)));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("payloads")
    void theDatasetPageShowsThePayloadAsText(int i, String payload) {
        String page = html("/dataset/hostile-" + i);
        String twin = html("/dataset/plain-" + i);
        assertNoMarkupFrom(payload, page, twin);
        List<HtmlTags.Tag> tags = HtmlTags.of(page);
        HtmlTags.Tag h1 = tags.stream().filter(t -> t.name().equals("h1")).findFirst().orElseThrow();
        assertEquals(title(i, payload), h1.text(), "the heading reads the title back as text");
        String title = tags.stream().filter(t -> t.name().equals("title")).findFirst().orElseThrow().text();
        assertTrue(title.contains(payload), "the document title reads the title back as text: " + title);
        JsonNode schemaOrg = json(tags.stream().filter(t -> t.name().equals("script")).findFirst().orElseThrow().text());
        assertEquals(title(i, payload), schemaOrg.get("name").asText(), "the schema.org JSON-LD holds the title as a string");
        assertEquals(payload, schemaOrg.get("keywords").get(0).asText());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("payloads")
    void theSearchPageShowsThePayloadAsText(int i, String payload) {
        String page = html("/search?q=" + HOSTILE.get(i));
        String twin = html("/search?q=" + PLAIN.get(i));
        assertTrue(page.contains("hostile-" + i), "the search page lists the record");
        assertNoMarkupFrom(payload, page, twin);
    }

    @Test
    void theCatalogueListsEveryPayloadAsText() {
        String page = html("/catalog");
        for (String payload : PAYLOADS) {
            assertNoRawPayload(payload, page);
        }
        assertNoActiveContent(HtmlTags.of(page), page);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("payloads")
    void searchAndSuggestAnswerThePayloadInJsonStrings(int i, String payload) {
        HttpResponse<String> search = api.call("GET", "/api/search?q=" + HOSTILE.get(i)).send();
        JsonNode hits = jsonAnswer(search, payload).get("hits");
        assertEquals(1, hits.size(), search.body());
        assertEquals(title(i, payload), hits.get(0).get("label").asText());
        String snippet = hits.get(0).get("snippet").asText();
        assertTrue(snippet.contains(payload), "the snippet is the payload as text, in a JSON string: " + snippet);

        HttpResponse<String> suggest = api.call("GET", "/api/suggest?q=" + HOSTILE.get(i).substring(0, 5)).send();
        jsonAnswer(suggest, payload);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("payloads")
    void historyDiffAndTheRecordAnswerThePayloadInJsonStrings(int i, String payload) {
        String admin = WriteApiServer.ADMIN;
        String record = "/api/datasets/hostile-" + i;
        JsonNode history = jsonAnswer(api.call("GET", record + "/history").token(admin).send(), payload);
        assertEquals(payload, history.get(0).get("message").asText(), "the change message, read back");
        jsonAnswer(api.call("GET", record + "/diff?from=1&to=2").token(admin).header("Accept", "application/json").send(), payload);
        HttpResponse<String> jsonLd = api.call("GET", record).token(admin).header("Accept", "application/ld+json").send();
        assertEquals(200, jsonLd.statusCode(), jsonLd.body());
        assertOnlyInJsonStrings(payload, jsonLd.body());
    }

    /** The page holds the payload only escaped, is built of the same elements and attributes as its twin, and runs nothing. */
    private static void assertNoMarkupFrom(String payload, String page, String twin) {
        assertNoRawPayload(payload, page);
        List<HtmlTags.Tag> tags = HtmlTags.of(page);
        assertEquals(HtmlTags.of(twin).stream().map(HtmlTags.Tag::shape).toList(), tags.stream().map(HtmlTags.Tag::shape).toList(),
                "the page has the elements and attributes of the same record in plain words");
        assertNoActiveContent(tags, page);
    }

    private static void assertNoRawPayload(String payload, String page) {
        // A single quote is plain text outside attributes, and cannot end the double-quoted attributes the templates
        // write: that no attribute was injected is shown by the comparison with the twin's elements and attributes.
        if (payload.matches(".*[<>\"].*")) {
            // Inside the JSON-LD script a quote is JSON's business (only a '<' could end it: checked apart).
            String markup = SCRIPT.matcher(page).replaceAll("<script></script>");
            assertFalse(markup.contains(payload), "the payload appears unescaped: " + payload);
        }
    }

    private static void assertNoActiveContent(List<HtmlTags.Tag> tags, String page) {
        for (HtmlTags.Tag tag : tags) {
            for (var attribute : tag.attributes().entrySet()) {
                assertFalse(attribute.getKey().startsWith("on"), "an event handler attribute: " + tag);
                String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text/html"),
                        "a script URL: " + tag);
            }
            assertFalse(List.of("img", "svg", "iframe", "object", "embed", "base").contains(tag.name()), "an active element: " + tag);
            if (tag.name().equals("script") && tag.attributes().containsKey("src")) {
                // The app's own static script (completions): same origin, no inline code, nothing from the data.
                assertTrue(tag.attributes().get("src").startsWith("/static/") && tag.text().isBlank(), "a script that runs: " + tag);
            } else if (tag.name().equals("script")) {
                assertEquals("application/ld+json", tag.attributes().get("type"), "a script that runs: " + tag);
                assertFalse(tag.text().contains("<"), "the JSON-LD script holds a '<': " + tag.text());
            }
        }
    }

    /** A JSON answer: served as JSON, parsed, the payload read back from a string, and nowhere outside strings. */
    private static JsonNode jsonAnswer(HttpResponse<String> answer, String payload) {
        assertEquals(200, answer.statusCode(), answer.body());
        String type = answer.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/json") || type.startsWith("application/ld+json"), "served as " + type);
        assertOnlyInJsonStrings(payload, answer.body());
        return WriteApiServer.tree(answer);
    }

    private static void assertOnlyInJsonStrings(String payload, String body) {
        List<String> strings = new ArrayList<>();
        var m = JSON_STRING.matcher(body);
        while (m.find()) {
            strings.add(json(m.group()).asText());
        }
        String outside = JSON_STRING.matcher(body).replaceAll("\"\"");
        assertTrue(outside.replaceAll("true|false|null|[\\s{}\\[\\]:,0-9.eE+\\-\"]", "").isEmpty(),
                "only JSON punctuation and literals outside strings: " + outside);
        assertTrue(strings.stream().anyMatch(s -> s.contains(payload)), "the payload read back from a JSON string: " + body);
    }

    private static String title(int i, String payload) {
        return payload.equals(PLAIN_TEXT) ? PLAIN.get(i) + " " + payload : HOSTILE.get(i) + " " + payload;
    }

    private static void publish(String id, String word, String text, String producer, String curator) {
        String body = RECORD.formatted(id, turtle(text), turtle(word + " " + text), turtle(text + " (en)"),
                turtle("Description " + word + " " + text + " fin"), turtle(text));
        String message = text;
        expect(201, api.call("POST", "/api/datasets").token(producer).header("X-Change-Message", message).body("text/turtle", body));
        expect(200, api.call("POST", "/api/datasets/" + id + "/submit").token(producer));
        expect(200, api.call("POST", "/api/datasets/" + id + "/publish").token(curator));
        String edited = body.replace(turtle("Description " + word + " " + text + " fin"),
                turtle("Description " + word + " " + text + " fin, version 2 " + text));
        expect(200, api.call("PUT", "/api/datasets/" + id).token(producer).header("If-Match", "\"1\"")
                .header("X-Change-Message", message).body("text/turtle", edited));
    }

    private static void awaitSearchable(String word) throws InterruptedException {
        for (int tries = 0; tries < 100; tries++) {
            if (WriteApiServer.tree(api.call("GET", "/api/search?q=" + word).send()).get("total").asLong() > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(word + " never became searchable");
    }

    private static String html(String path) {
        HttpResponse<String> r = api.call("GET", path).header("Accept", "text/html").send();
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return r.body();
    }

    private static void expect(int status, WriteApiServer.Call call) {
        HttpResponse<String> r = call.send();
        assertEquals(status, r.statusCode(), r.body());
    }

    private static String turtle(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static JsonNode json(String text) {
        try {
            return WriteApiServer.JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }
}

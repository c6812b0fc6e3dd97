package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.hdh.catalog.web.page.view.Link;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The link rule of pages: only {@code http}, {@code https} and {@code mailto} IRIs from the data become
 * an {@code href}; every other IRI is shown as text ({@code TemplatesTest} checks that text is escaped); IRIs minted
 * under the base are local paths.
 */
class LocalLinksTest {
    private static final LocalLinks LINKS = new LocalLinks("http://test.example/");

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", "JavaScript:alert(document.domain)", " javascript:alert(1)",
        "\tjavascript:alert(1)", "\u0000javascript:alert(1)", "\u001fjavascript:alert(1)", "java\tscript:alert(1)",
        "java\nscript:alert(1)", "javascript\r:alert(1)", "data:text/html,<script>alert(1)</script>",
        "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "VBScript:msgbox(1)",
        "file:///etc/passwd", "urn:isbn:0451450523", "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", "ftp://example.org/x",
        "//evil.example/x", "/relative/path", "no-scheme-at-all", ":alert(1)", "1http://example.org/", "",
        " http://example.org/", "http://example.org/\u0085", "http://exa mple.org/", "\u00a0javascript:alert(1)"})
    void anIriThatIsNotHttpHttpsOrMailtoIsTextNotALink(String iri) {
        assertEquals(Optional.empty(), LINKS.href(iri), iri);
        Link shown = LINKS.link(iri, iri);
        assertFalse(shown.linkable(), shown.toString());
        assertEquals(new Link("", iri), shown, "text only: the template writes no <a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org/landing", "HTTPS://example.org/", "https://data.europa.eu/a?b=c&d=e",
        "mailto:contact@example.org", "MailTo:contact@example.org"})
    void anHttpHttpsOrMailtoIriElsewhereIsAnAbsoluteLink(String iri) {
        assertEquals(Optional.of(iri), LINKS.href(iri));
        assertEquals(new Link(iri, "x"), LINKS.link(iri, "x"));
    }

    @Test
    void anIriUnderTheBaseIsALocalPath() {
        assertEquals(Optional.of("/dataset/pmsi-mco"), LINKS.href("http://test.example/dataset/pmsi-mco"));
        assertEquals(new Link("/dataset/a?b=1&c=\"", "A <b>"), LINKS.link("http://test.example/dataset/a?b=1&c=\"", "A <b>"),
                "values stay as they are: the template escapes them");
    }

    @Test
    void anIriUnderTheBaseThatWouldReadAsAnotherHostStaysAbsolute() {
        assertEquals(Optional.of("http://test.example//evil.example/x"), LINKS.href("http://test.example//evil.example/x"));
        assertEquals(Optional.of("http://test.example/\\evil.example"), LINKS.href("http://test.example/\\evil.example"),
                "browsers read a backslash as a slash");
    }
}

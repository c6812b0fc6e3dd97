package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.hdh.catalog.web.page.view.CatalogueListView;
import fr.hdh.catalog.web.page.view.DatasetView;
import fr.hdh.catalog.web.page.view.ErrorView;
import fr.hdh.catalog.web.page.view.JsonLd;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.LangText;
import fr.hdh.catalog.web.page.view.LanguageOption;
import fr.hdh.catalog.web.page.view.Link;
import fr.hdh.catalog.web.page.view.Messages;
import fr.hdh.catalog.web.page.view.PageView;
import fr.hdh.catalog.web.page.view.SearchForm;
import fr.hdh.catalog.web.page.view.SearchView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The templates escape what the views hold: data is text wherever it lands (element, attribute, title),
 * a link that may not be one is text, the JSON-LD block cannot be closed from inside, and the page
 * speaks the language it says. No server, no browser: the views are rendered straight.
 */
class TemplatesTest {
    private static final String HOSTILE = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>&amp;";
    private static final HtmlResponses HTML = new HtmlResponses();

    @Test
    void everyValueIsEscapedInTextAttributesAndTitle() {
        DatasetView view = new DatasetView(HOSTILE, Optional.of(new LangText(HOSTILE, "en")), List.of(new LangText(HOSTILE, "fr")),
                List.of(new DatasetView.Fact("fact.publisher", List.of(new Link("/producer/p?a=\"x\"", HOSTILE), Link.text(HOSTILE)))),
                Optional.empty(), Optional.of(new DatasetView.Origin(HOSTILE, Link.text(HOSTILE), HOSTILE)),
                List.of(new DatasetView.Amendment(true, HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE)),
                List.of(new DatasetView.Table(HOSTILE, Link.text(HOSTILE), Optional.of(HOSTILE), Optional.of(HOSTILE),
                        List.of(new DatasetView.Variable(Link.text(HOSTILE), HOSTILE, HOSTILE, Optional.of(Link.text(HOSTILE)))))),
                Formats.of("/dataset/d"), JsonLd.of(new ObjectMapper().createObjectNode().put("name", HOSTILE)),
                Optional.of(new DatasetView.Usage(1, 1, List.of(new DatasetView.Year(2020, 1, 1)),
                        List.of(new DatasetView.Publication(Link.text(HOSTILE), HOSTILE, HOSTILE, HOSTILE, HOSTILE)),
                        List.of(Link.text(HOSTILE)))));
        String page = render(Lang.FR, view);

        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("<img"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(page.contains("<title>&lt;script&gt;"), "the title is escaped too: " + page);
        assertTrue(page.contains("href=\"/producer/p?a=&#34;x&#34;\"") || page.contains("href=\"/producer/p?a=&quot;x&quot;\""),
                "a quote cannot leave the attribute: " + page);
        assertEquals(1, count(page, "<a href=\"/producer/"), "the linkable value only is a link");
    }

    @Test
    void theJsonLdBlockKeepsItsValueAndCannotBeClosedFromInside() throws Exception {
        ObjectNode json = new ObjectMapper().createObjectNode().put("@type", "Dataset").put("name", "</script><script>alert(1)</script> & <!--");
        String page = render(Lang.FR, datasetWith(JsonLd.of(json)));

        Matcher block = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(block.find(), page);
        assertFalse(block.group(1).contains("<") || block.group(1).contains(">") || block.group(1).contains("&"), block.group(1));
        assertEquals(json, new ObjectMapper().readTree(block.group(1)), "the same JSON once parsed");
    }

    @Test
    void aSnippetIsTextWithOnlyItsMatchesMarked() {
        SearchView.Hit hit = new SearchView.Hit("variable", "Variable", new Link("/dataset/d/t/v", "DGN_PAL"),
                List.of(new SearchView.SnippetPart("DGN", true), new SearchView.SnippetPart("_PAL", false)), Optional.empty(),
                List.of(new SearchView.SnippetPart("diagnostic <b> ", false), new SearchView.SnippetPart("principal", true),
                        new SearchView.SnippetPart(" & 'x'", false)), Optional.empty(),
                Optional.empty(), Optional.empty());
        SearchView view = new SearchView(new SearchForm("", List.of(), 500), Optional.empty(), Optional.of(new SearchView.Results(1,
                false, false, "/search", "/search?sort=title", "/api/search", List.of(), 1, List.of(hit), Optional.empty(), List.of())));
        String page = render(Lang.EN, view);
        assertTrue(page.contains("<a href=\"/dataset/d/t/v\"><mark>DGN</mark>_PAL</a>"), page);
        assertTrue(page.contains("<p class=\"snippet\">diagnostic &lt;b&gt; <mark>principal</mark> &amp; &#39;x&#39;</p>")
                || page.contains("<p class=\"snippet\">diagnostic &lt;b&gt; <mark>principal</mark> &amp; 'x'</p>"), page);
    }

    @Test
    void thePageSaysItsLanguageAndOffersTheOther() {
        String french = render(Lang.FR, new ErrorView(404, ""));
        assertTrue(french.contains("<html lang=\"fr\">"), french);
        assertTrue(french.contains("<h1>Page introuvable</h1>"), french);
        String english = render(Lang.EN, new ErrorView(404, ""));
        assertTrue(english.contains("<html lang=\"en\">"), english);
        assertTrue(english.contains("<h1>Page not found</h1>"), english);
        assertTrue(english.contains("href=\"/x?lang=fr\" hreflang=\"fr\" lang=\"fr\">Français</a>"), english);
        assertTrue(english.contains("aria-current=\"true\">English</a>"), english);
    }

    @Test
    void aLinkThatMayNotBeOneIsText() {
        CatalogueListView view = new CatalogueListView("Catalogue", Optional.empty(), 1, 1, 1,
                List.of(new CatalogueListView.Item(Link.text("javascript:alert(1)"), Optional.empty(), Optional.empty())),
                Optional.empty(), Optional.empty(), Formats.of("/catalog"));
        String page = render(Lang.FR, view);
        assertTrue(page.contains("<li>javascript:alert(1)"), page);
        assertFalse(page.contains("href=\"javascript"), page);
    }

    static String render(Lang lang, PageView view) {
        PageContext context = new PageContext(Messages.of(lang), List.of(new LanguageOption(Lang.FR, "/x?lang=fr", lang == Lang.FR),
                new LanguageOption(Lang.EN, "/x?lang=en", lang == Lang.EN)));
        return new String(HTML.render(context, view).toByteArray(), StandardCharsets.UTF_8);
    }

    private static DatasetView datasetWith(JsonLd jsonLd) {
        return new DatasetView("D", Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(), jsonLd, Optional.empty());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.hdh.catalog.web.page.view.SearchView.SnippetPart;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index's snippets (escaped text, matches in {@code <mark>}) become plain text pieces, marked or not. */
class SnippetsTest {
    @Test
    void marksSplitTheTextAndEscapesAreUndone() {
        assertEquals(List.of(new SnippetPart("le ", false), new SnippetPart("diagnostic", true),
                        new SnippetPart(" <principal> & l'acte / \"x\"", false)),
                Snippets.parts("le <mark>diagnostic</mark> &lt;principal&gt; &amp; l&#x27;acte &#x2F; &quot;x&quot;"));
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        assertEquals(List.of(new SnippetPart("<script>", false)), Snippets.parts("&lt;script&gt;"));
        assertEquals(List.of(new SnippetPart("a &bogus; b & c", false)), Snippets.parts("a &bogus; b & c"));
        assertEquals(List.of(new SnippetPart("open", true)), Snippets.parts("<mark>open"));
        assertEquals(List.of(), Snippets.parts(""));
    }
}

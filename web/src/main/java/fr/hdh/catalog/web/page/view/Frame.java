package fr.hdh.catalog.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * What the layout shared by every page needs: the language and its messages, the page's title, the
 * language switch, and the JSON-LD description a page may put in its head.
 *
 * @param m the messages of the page's language
 * @param title the page's title (plain text)
 * @param languages the language switch, one entry per language
 * @param jsonLd a schema.org description for web search engines, for the pages that have one
 * @param enhanced whether the page loads the script that enhances its search box
 * @param signedIn whether the reader is signed in to the producers' forms (the header then links to them)
 */
public record Frame(Messages m, String title, List<LanguageOption> languages, Optional<JsonLd> jsonLd, boolean enhanced,
                    boolean signedIn) {
    public Frame {
        languages = List.copyOf(languages);
    }

    public Lang lang() {
        return m.lang();
    }
}

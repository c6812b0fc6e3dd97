package fr.hdh.catalog.web.page;

import fr.hdh.catalog.web.page.view.LanguageOption;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.Messages;
import java.util.List;

/**
 * What a page request decided before its page is built: the language (and its messages) and the
 * language switch back to the same address. Made by {@link HtmlResponses#context}.
 *
 * @param m the messages of the chosen language
 * @param languages the language switch
 * @param signedIn whether the reader is signed in to the producers' forms
 */
public record PageContext(Messages m, List<LanguageOption> languages, boolean signedIn) {
    public PageContext {
        languages = List.copyOf(languages);
    }

    /** The context of a reader who is not signed in. */
    public PageContext(Messages m, List<LanguageOption> languages) {
        this(m, languages, false);
    }

    public Lang lang() {
        return m.lang();
    }
}

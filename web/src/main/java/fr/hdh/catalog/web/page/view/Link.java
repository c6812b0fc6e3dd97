package fr.hdh.catalog.web.page.view;

import java.util.Objects;

/**
 * A link as a template shows it: {@code text}, and where it leads. {@code href} is empty when the value
 * must not be a link (an IRI from the data that is not {@code http}, {@code https} or {@code mailto}):
 * the template then shows the text alone. Templates never build an {@code href} from a raw IRI; they
 * get one here, made by {@code LocalLinks} or by the code that owns the address.
 *
 * @param href where the link leads, already a local path or a linkable absolute IRI; empty for text only
 * @param text what the reader sees
 */
public record Link(String href, String text) {
    public Link {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(text, "text");
    }

    /** Text that is no link. */
    public static Link text(String text) {
        return new Link("", text);
    }

    /** Whether there is somewhere to go. */
    public boolean linkable() {
        return !href.isEmpty();
    }
}

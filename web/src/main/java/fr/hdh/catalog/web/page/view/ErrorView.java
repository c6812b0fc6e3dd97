package fr.hdh.catalog.web.page.view;

/**
 * An error page (404, 400…): a heading in the page's language, what was wrong, and the way back.
 *
 * @param status the HTTP status
 * @param detail what was wrong, in plain words (may be empty)
 */
public record ErrorView(int status, String detail) implements PageView {
    @Override
    public String template() {
        return "error.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t(headingKey());
    }

    /** The message key of the heading: {@code error.404}, else {@code error.other}. */
    public String headingKey() {
        return switch (status) {
            case 400, 404, 406 -> "error." + status;
            default -> "error.other";
        };
    }
}

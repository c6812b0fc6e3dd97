package fr.hdh.catalog.web.form;

import fr.hdh.catalog.web.page.view.FormPageView;
import fr.hdh.catalog.web.page.view.Messages;

/**
 * A page saying why a form's request was refused or could not be done (403, 404, 409…), and the way back.
 *
 * @param status the HTTP status
 * @param headingKey the message key of the heading
 * @param reasonKey the message key of the reason
 * @param detail what the catalogue said, in plain words (may be empty)
 */
public record MessageView(int status, String headingKey, String reasonKey, String detail) implements FormPageView {
    @Override
    public String template() {
        return "form/message.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t(headingKey);
    }
}

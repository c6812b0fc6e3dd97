package fr.hdh.catalog.web.form;

import fr.hdh.catalog.web.page.view.FormPageView;
import fr.hdh.catalog.web.page.view.Messages;

/**
 * The sign-in page: a token field, or who is signed in and the way out.
 *
 * @param next the local address to go to once signed in
 * @param failed whether a token was just refused
 * @param signedInAs the name of the signed-in user, or {@code ""}
 * @param csrf the session's CSRF token (for signing out), or {@code ""}
 */
public record SignInView(String next, boolean failed, String signedInAs, String csrf) implements FormPageView {
    @Override
    public String template() {
        return "form/signIn.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t("form.signIn.title");
    }
}

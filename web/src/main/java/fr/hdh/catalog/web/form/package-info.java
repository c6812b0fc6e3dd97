/**
 * The producers' web forms: the HTML face of the write API, for people rather than scripts. A producer
 * signs in at {@code /sign-in} with its API token (or the admin token): {@link fr.hdh.catalog.web.form.Sessions}
 * keeps a server-side session behind a random cookie ({@code HttpOnly}, {@code SameSite=Strict}, {@code Secure}
 * over https, eight hours), and {@link fr.hdh.catalog.web.form.SessionFilter} resolves it on every request to
 * the same {@link fr.hdh.catalog.core.account.User} a bearer token gives, through
 * {@link fr.hdh.catalog.web.account.Authenticator}, so the workflow's ownership rules apply unchanged. Every
 * state-changing POST carries the session's CSRF token and, when the browser sends one, a same-site
 * {@code Origin} ({@link fr.hdh.catalog.web.form.PostGuard}); anything else is a 403 page and writes nothing.
 *
 * <p>The pages: {@code /my/datasets} (the signed-in producer's records and their state), {@code /my/datasets/new}
 * and {@code /my/datasets/{id}/edit} (the dataset form, a data dictionary upload, submission for review),
 * {@code /my/datasets/{id}/history} (versions, a readable diff, restore) and {@code /curation} (the curators'
 * review queue: publish or send back). Form fields become a {@link fr.hdh.catalog.core.form.DatasetForm} and
 * then a record ({@link fr.hdh.catalog.web.form.DatasetFields}), written by the one writer through
 * {@link fr.hdh.catalog.core.record.DatasetWorkflow}, so the profile's SHACL shapes judge it as they judge the
 * API's; their findings come back next to the field they concern ({@link fr.hdh.catalog.web.form.FieldErrors}),
 * a distribution's inside its own slot. The form covers the HealthDCAT-AP properties
 * ({@link fr.hdh.catalog.web.form.HealthFields}; categories and legislation chosen from the bundled EU
 * vocabularies, {@link fr.hdh.catalog.web.form.VocabularyChoices}) and the distributions, in repeatable slots
 * ({@link fr.hdh.catalog.web.form.DistributionSlots}) that "add a distribution" extends without writing.
 * Pages are sent by {@link fr.hdh.catalog.web.page.HtmlResponses} from the templates under {@code jte/form}, and
 * work without script.
 */
package fr.hdh.catalog.web.form;

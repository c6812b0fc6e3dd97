/**
 * Who calls the API: the {@link fr.hdh.catalog.web.account.Authenticator} maps a bearer token to the
 * administrator (the configured admin token) or a user; {@code /api/users} and {@code /api/audit} let an
 * administrator manage users and tokens and read the audit log while the server runs.
 */
package fr.hdh.catalog.web.account;

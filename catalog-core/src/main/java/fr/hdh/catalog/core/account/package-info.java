/**
 * Who may write: users with a {@link fr.hdh.catalog.core.account.Role} (admin, curator, producer bound to
 * organisations, reader) and their API tokens, random and shown once, kept as an HMAC under a key of the
 * private workspace ({@link fr.hdh.catalog.core.account.Accounts}). Every change is audited. The server's
 * own administrator authenticates with the configured admin token ({@link
 * fr.hdh.catalog.core.account.User#ADMINISTRATOR}).
 */
package fr.hdh.catalog.core.account;

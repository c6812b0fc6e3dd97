/**
 * The {@code hdh} command line (picocli): {@code serve}, {@code import}, {@code validate},
 * {@code export}, {@code stats}, {@code reindex}, {@code harvest}, {@code user} (users and tokens while
 * the server is stopped), {@code backup} and {@code restore} (the whole catalogue in one file). Each
 * command parses its options, opens the catalogue through {@code sys}, calls the services and prints;
 * exit code 1 means the input was refused.
 */
package fr.hdh.catalog.web.cli;

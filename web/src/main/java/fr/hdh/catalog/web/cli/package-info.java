/**
 * The {@code hdh} command line (picocli): {@code serve}, {@code import}, {@code validate},
 * {@code export}, {@code stats}. Each command parses its options, opens the catalogue through
 * {@code sys}, calls the services and prints; exit code 1 means the input was refused.
 */
package fr.hdh.catalog.web.cli;

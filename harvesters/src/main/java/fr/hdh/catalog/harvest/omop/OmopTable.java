package fr.hdh.catalog.harvest.omop;

/**
 * One table of the OMOP CDM specification. Texts the specification leaves as {@code NA} are empty.
 *
 * @param name the table name, lower case, for example {@code person}
 * @param description what the table holds ({@code tableDescription})
 * @param userGuidance how to use it
 * @param etlConventions how to fill it
 */
public record OmopTable(String name, String description, String userGuidance, String etlConventions) {}

/**
 * Turns the OMOP Common Data Model 5.4 specification, as OHDSI publishes it (one CSV of tables, one of
 * fields), into one catalogue record of kind standard: a {@code dct:Standard} whose parts are the
 * model's tables as {@code csvw:Table}, with their columns, primary keys and foreign keys, so datasets
 * converted to OMOP can say which tables they fill. It owns the model of the specification (read with
 * {@link fr.hdh.catalog.harvest.csv.CsvReader}) and its mapping;
 * {@link fr.hdh.catalog.harvest.omop.OmopCdmStandard} is the entry point.
 */
package fr.hdh.catalog.harvest.omop;

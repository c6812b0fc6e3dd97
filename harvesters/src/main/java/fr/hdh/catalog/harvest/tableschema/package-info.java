/**
 * Turns the SNDS data dictionary, published by the Health Data Hub as Table Schema (frictionless) files,
 * into the HealthDCAT-AP variable dictionaries of the SNDS datasets: one {@code csvw:TableGroup} per
 * dataset, one {@code csvw:Table} per SNDS table, one {@code csvw:Column} per field, foreign keys as
 * {@code csvw:ForeignKey} resolved across the whole dictionary, and links from coded fields to the SKOS
 * scheme of their nomenclature. It owns the reading of the JSON files ({@link
 * fr.hdh.catalog.harvest.tableschema.TableSchemaReader}), the product-to-dataset mapping ({@link
 * fr.hdh.catalog.harvest.tableschema.SndsProducts}) and the csvw mapping; {@link
 * fr.hdh.catalog.harvest.tableschema.SndsDictionary} is the entry point.
 */
package fr.hdh.catalog.harvest.tableschema;

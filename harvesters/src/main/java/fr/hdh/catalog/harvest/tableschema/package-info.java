/**
 * Turns the SNDS data dictionary, published by the Health Data Hub as Table Schema (frictionless) files,
 * into the HealthDCAT-AP variable dictionaries of the SNDS datasets: one {@code csvw:TableGroup} per
 * dataset, one {@code csvw:Table} per SNDS table, one {@code csvw:Column} per field, foreign keys as
 * {@code csvw:ForeignKey} resolved across the whole dictionary, and links from coded fields to the SKOS
 * scheme of their nomenclature. It owns the reading of the JSON files ({@link
 * fr.hdh.catalog.harvest.tableschema.TableSchemaReader}), the product-to-dataset mapping ({@link
 * fr.hdh.catalog.harvest.tableschema.SndsProducts}) and the csvw mapping; {@link
 * fr.hdh.catalog.harvest.tableschema.SndsDictionary} is the entry point. It also reads the dictionaries producers
 * upload — one Table Schema, a Data Package with inline schemas, or the CSV template ({@link
 * fr.hdh.catalog.harvest.tableschema.DictionaryCsv}) — and puts their tables into one dataset's content ({@link
 * fr.hdh.catalog.harvest.tableschema.DictionaryTables}).
 */
package fr.hdh.catalog.harvest.tableschema;

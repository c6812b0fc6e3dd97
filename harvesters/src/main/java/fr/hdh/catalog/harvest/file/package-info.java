/**
 * Files as a source: reads what a user imports or validates from the command line (RDF in any common
 * syntax, Table Schema data dictionaries) into records, all before anything is written.
 */
package fr.hdh.catalog.harvest.file;

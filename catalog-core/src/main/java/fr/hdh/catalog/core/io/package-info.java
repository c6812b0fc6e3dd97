/**
 * Reading RDF into records: any common syntax, fail-fast errors with file and line, and the cutting
 * of a graph into records (one per dataset, producer, scheme, standard, project, catalogue).
 */
package fr.hdh.catalog.core.io;

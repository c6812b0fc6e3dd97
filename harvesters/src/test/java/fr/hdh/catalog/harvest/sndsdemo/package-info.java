/**
 * Tests over the whole SNDS demo content shipped in the harvesters jar ({@code hdh/demo/snds}): the
 * complete data dictionary and all 505 nomenclatures, read as the application reads them, with the
 * counts, completeness and links a user of the catalogue relies on.
 */
package fr.hdh.catalog.harvest.sndsdemo;

/**
 * The bundled demo content (real SNDS, HDH catalogue, OMOP and EU material) and its one-time load
 * into a store, recorded as a PROV activity so a restart loads nothing.
 */
package fr.hdh.catalog.harvest.demo;

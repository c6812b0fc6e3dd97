/** The cost of producers' versions on SNDS-sized records: time and workspace bytes per version, diff time. */
package fr.hdh.catalog.bench.versions;

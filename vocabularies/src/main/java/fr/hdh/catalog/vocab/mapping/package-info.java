/**
 * Mapping sets in the SSSOM model (Simple Standard for Sharing Ontological Mappings): the mappings a
 * standards team makes from local variables and codes to OMOP, FHIR or international terminologies,
 * each with its author, date, justification (SEMAPV), confidence, review status and reviewer.
 *
 * <p>The flow: {@link fr.hdh.catalog.vocab.mapping.SssomTsvReader} reads a TSV file (YAML header, curie
 * map, one row per mapping) into a {@link fr.hdh.catalog.vocab.mapping.MappingSet}, refusing a malformed
 * one with the line and column of the problem; {@link fr.hdh.catalog.vocab.mapping.MappingSetGraph} turns
 * it into one graph (the set, each mapping reified, the plain SKOS match beside it) that
 * {@link fr.hdh.catalog.vocab.mapping.MappingSets} stores as one record of kind {@code MAPPING_SET}
 * through the catalogue's one writer, and reads back; {@link fr.hdh.catalog.vocab.mapping.SssomTsvWriter}
 * writes it out again. A set read, stored and written gives back the same rows.
 *
 * <pre>
 * MappingSet set = SssomTsvReader.read("snds.sssom.tsv", text);
 * mappingSets.put(set, new RecordSource("api:mappings", "curator"));
 * String tsv = SssomTsvWriter.write(mappingSets.select(MappingQuery.ALL));
 * </pre>
 */
package fr.hdh.catalog.vocab.mapping;

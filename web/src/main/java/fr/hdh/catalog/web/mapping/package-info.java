/**
 * The mappings API: {@code /api/mappings} serves the catalogue's SSSOM mapping sets
 * ({@code fr.hdh.catalog.vocab.mapping}) as SSSOM TSV, SSSOM JSON or a FHIR R4 ConceptMap
 * ({@code fr.hdh.catalog.harvest.fhir.ConceptMapSets}) by content negotiation, stores a posted set in
 * any of the three through the one writer (curators and admins only; a malformed set is a 400 naming
 * its line and column, nothing written), records a reviewer's decision on one mapping, and ranks the
 * candidate targets of a variable by label similarity (assisted mapping).
 */
package fr.hdh.catalog.web.mapping;

/**
 * The vocabularies of the catalogue and their concepts, for people and programs: {@code GET /api/vocabularies}
 * lists the concept schemes (SNDS nomenclatures, CIM-10 lists, EU authority tables, FHIR code systems…)
 * with their labels, size, version and kind; {@code GET /api/concepts?iri=} (or
 * {@code /api/concepts/{scheme}/{notation}}) describes one concept with its hierarchy, its mappings (SKOS
 * statements and SSSOM mappings) and where it is used (variables coded with its scheme, datasets that
 * declare it); the page {@code /vocabularies} is the browser of schemes grouped by kind, and a concept's
 * IRI dereferenced as HTML is its concept page ({@link fr.hdh.catalog.web.vocabulary.ConceptPages}, called
 * from the resource servlet of {@code web.dcat}).
 *
 * <p>The flow is one way: {@link fr.hdh.catalog.web.vocabulary.Schemes} and
 * {@link fr.hdh.catalog.web.vocabulary.Concepts} read the store with the named queries of
 * {@link fr.hdh.catalog.web.vocabulary.VocabularyQuery} (values bound, never spliced) into plain records;
 * the resources map them to JSON (or RDF), the page builders to views rendered by the JTE templates.
 * Nothing here writes.
 */
package fr.hdh.catalog.web.vocabulary;

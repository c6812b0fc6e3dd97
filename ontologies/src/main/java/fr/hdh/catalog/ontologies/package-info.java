/**
 * The application profile: DCAT-AP 3 with HealthDCAT-AP release 8, plus the catalogue's own terms.
 *
 * <p>Owns the constant classes for the namespaces the catalogue writes ({@link fr.hdh.catalog.ontologies.HDH},
 * {@link fr.hdh.catalog.ontologies.HealthDCATAP}, {@link fr.hdh.catalog.ontologies.CSVW}, …), the
 * prefixes ({@link fr.hdh.catalog.ontologies.Namespaces}), the classpath files of the profile
 * ({@link fr.hdh.catalog.ontologies.ProfileResource}: the official SHACL shapes exactly as published,
 * our shapes, our ontology, the JSON-LD context) and the named SPARQL queries
 * ({@link fr.hdh.catalog.ontologies.NamedQuery}). It depends on nothing of ours and holds no logic
 * beyond loading these files.
 *
 * <pre>
 * String title = Namespaces.shortForm(DCTerms.title.getURI());   // "dct:title"
 * Query counts = NamedQuery.CLASS_COUNTS.query();
 * </pre>
 */
package fr.hdh.catalog.ontologies;

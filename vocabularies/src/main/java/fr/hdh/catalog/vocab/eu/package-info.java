/**
 * The EU controlled vocabularies the catalogue relies on: the Publications Office authority tables
 * (data themes, file types, frequencies, continents) and the ADMS vocabularies, bundled as published
 * (SKOS-AP-EU RDF/XML, older versions), plus a small supplement for the authority IRIs our records use
 * that those files do not hold (access rights, countries, languages, the EHDS regulation, the
 * HealthDCAT-AP health categories and publisher types).
 *
 * <p>Owns three things: the in-memory background graph the validator looks references up in
 * ({@link fr.hdh.catalog.vocab.eu.EuVocabularies#background()}), the constants naming the authority
 * IRIs the harvesters write ({@link fr.hdh.catalog.vocab.eu.EuAuthority}), and the cutting of the
 * background into one catalogue record per concept scheme, so the catalogue also serves these concepts.
 * Parsing never reaches the network: RDF/XML goes through Jena's parser, which does not resolve
 * external XML entities.
 *
 * <pre>
 * EuVocabularies eu = EuVocabularies.bundled();
 * RecordValidator validator = new RecordValidator(ShapesLibrary.load(), eu.lookup());
 * List&lt;CatalogRecord&gt; schemes = eu.records(new RecordSource("urn:hdh:demo", "eu-vocabularies"));
 * </pre>
 */
package fr.hdh.catalog.vocab.eu;

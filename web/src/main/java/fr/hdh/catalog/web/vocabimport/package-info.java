/**
 * Loading vocabularies from files: {@code POST /api/vocabularies} (FHIR R4 CodeSystem in JSON or XML, a
 * CSV code list, SKOS in Turtle, RDF/XML or JSON-LD, told by {@code Content-Type}) and, through the same
 * {@link fr.hdh.catalog.web.vocabimport.VocabularyImports}, the command {@code hdh import-vocabulary}
 * (told by the file's ending). Each load is one version of one scheme: read, checked as SKOS, then
 * written with its version graph by the one writer in one transaction
 * ({@link fr.hdh.catalog.vocab.scheme.SchemeVersions}); malformed input is a 400 naming the line and
 * column or the FHIR path, and nothing is written. Writes need the admin token or a curator's token.
 * This package owns only the {@code POST}; reading vocabularies is {@code web.vocabulary}'s.
 */
package fr.hdh.catalog.web.vocabimport;

/**
 * Concept schemes loaded from files, with their versions. A reader (FHIR CodeSystem and CSV code lists in
 * {@code harvesters}, SKOS RDF here in {@link fr.hdh.catalog.vocab.scheme.SkosRdf}) turns a file into a
 * {@link fr.hdh.catalog.vocab.scheme.SchemeGraph}: one {@code skos:ConceptScheme} and its concepts.
 * {@link fr.hdh.catalog.vocab.scheme.SkosSchemes} checks that it is SKOS (one scheme, concepts
 * {@code skos:inScheme} it, a {@code skos:prefLabel} each, no cycle of {@code skos:broader}) and adds the
 * links SKOS entails that a file may leave out ({@code skos:narrower} for each {@code skos:broader} and back,
 * {@code skos:topConceptOf} and {@code skos:hasTopConcept} for the roots). {@link
 * fr.hdh.catalog.vocab.scheme.SchemeVersions} writes it through the one writer, in one transaction: the
 * record graph, named by the scheme's IRI, holds the current version (what search and the pages read);
 * every version loaded is kept whole in a version graph of its own ({@link
 * fr.hdh.catalog.vocab.scheme.VersionGraphs}), which the record lists with {@code dct:hasVersion}.
 *
 * <pre>
 * SchemeGraph scheme = SkosSchemes.checked(SkosRdf.read(bytes, Lang.TURTLE, "themes.ttl"), Optional.empty(), "themes.ttl");
 * SchemeVersions.Loaded loaded = new SchemeVersions(catalog).load(scheme, Optional.of("2024-01"), source);
 * </pre>
 */
package fr.hdh.catalog.vocab.scheme;

package fr.hdh.catalog.core.search;

/**
 * What a mapping says an item means, in words of the target's language: the variable {@code BEN_NAI_ANN}
 * mapped to OMOP's {@code person.year_of_birth} and FHIR's {@code Patient.birthDate} means "year of birth",
 * "patient birth date". Searched at query time so that English words find French variables through their
 * mappings; the variable's own document stays read from its own record.
 *
 * @param subjectIri the mapped item (a variable, a concept)
 * @param text the target's label and name, split into words
 */
public record MappedText(String subjectIri, String text) {}

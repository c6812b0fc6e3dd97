package fr.hdh.catalog.web.vocabulary;

import java.util.List;
import java.util.Map;

/**
 * One concept as the API and its page show it: labels, notation, schemes, place in the hierarchy,
 * mappings and where it is used. Labels of other resources are in the language asked for.
 *
 * @param iri the concept's IRI
 * @param notation its {@code skos:notation}s
 * @param prefLabel its preferred labels by language ({@code ""}: no language)
 * @param altLabel its alternative labels by language
 * @param definition its definitions by language
 * @param schemes the schemes it is in
 * @param broader the chain of broader concepts, from the top down to its direct parent
 * @param narrower one page of the concepts directly beneath it
 * @param mappings its SKOS and SSSOM mappings
 * @param usedBy where it is used
 * @param deprecated whether a record marks it no longer to be used ({@code owl:deprecated true}); kept, since data
 *        coded before still refer to it
 */
public record ConceptDescription(String iri, List<String> notation, Map<String, List<String>> prefLabel,
                                 Map<String, List<String>> altLabel, Map<String, List<String>> definition, List<Ref> schemes,
                                 List<Ref> broader, Narrower narrower, Mappings mappings, UsedBy usedBy, boolean deprecated) {

    /** Another resource, named: its IRI, its notation when it has one, its label (else its notation, else its IRI). */
    public record Ref(String iri, String notation, String label) {}

    /** Page {@code page} of {@code size} of the {@code total} narrower concepts, by notation. */
    public record Narrower(int total, int page, int size, List<Ref> concepts) {}

    /** The mappings: SKOS statements in the catalogue's records, and the mappings of its SSSOM mapping sets. */
    public record Mappings(List<SkosMatch> skos, List<SssomMapping> sssom) {}

    /**
     * A SKOS mapping statement: {@code direction} {@code out} when the concept is its subject (concept
     * {@code predicate} other), {@code in} when it is its object (other {@code predicate} concept).
     */
    public record SkosMatch(String predicate, String direction, Ref other) {}

    /**
     * An SSSOM mapping naming the concept as subject or object, as stored in set {@code set}.
     *
     * @param status its review status ({@code proposed} when none is written)
     * @param confidence its confidence, from 0 to 1, or null
     */
    public record SssomMapping(String set, String mapping, Ref subject, String predicate, Ref object, String justification,
                               Double confidence, String status) {}

    /** A variable coded with the concept's scheme, with its table and the dataset (or standard) that holds it. */
    public record VariableUse(Ref variable, Ref table, Ref dataset) {}

    /** The variables coded with its schemes, and the datasets declaring them. */
    public record UsedBy(List<VariableUse> variables, List<Ref> datasets) {}
}

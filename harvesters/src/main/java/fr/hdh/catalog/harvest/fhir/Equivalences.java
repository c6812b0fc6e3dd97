package fr.hdh.catalog.harvest.fhir;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;

/**
 * FHIR R4 {@code ConceptMap} equivalences and the SKOS mapping properties, both ways: what a harvested
 * map's target says in SKOS, and what a mapping set's predicate says in FHIR.
 *
 * <table>
 * <caption>R4 equivalence ↔ SKOS mapping property (source → target)</caption>
 * <tr><td>equivalent, equal</td><td>skos:exactMatch (also owl:equivalentClass, written equivalent)</td></tr>
 * <tr><td>wider, subsumes (the target is broader)</td><td>skos:broadMatch</td></tr>
 * <tr><td>narrower, specializes (the target is narrower)</td><td>skos:narrowMatch</td></tr>
 * <tr><td>inexact</td><td>skos:closeMatch</td></tr>
 * <tr><td>relatedto</td><td>skos:relatedMatch (and any other predicate)</td></tr>
 * <tr><td>unmatched, disjoint</td><td>nothing: SKOS has no "not a match"</td></tr>
 * </table>
 */
final class Equivalences {
    private static final Map<ConceptMapEquivalence, String> SKOS_MATCH = Map.of(
            ConceptMapEquivalence.EQUIVALENT, SKOS.exactMatch.getURI(),
            ConceptMapEquivalence.EQUAL, SKOS.exactMatch.getURI(),
            ConceptMapEquivalence.WIDER, SKOS.broadMatch.getURI(),
            ConceptMapEquivalence.SUBSUMES, SKOS.broadMatch.getURI(),
            ConceptMapEquivalence.NARROWER, SKOS.narrowMatch.getURI(),
            ConceptMapEquivalence.SPECIALIZES, SKOS.narrowMatch.getURI(),
            ConceptMapEquivalence.INEXACT, SKOS.closeMatch.getURI(),
            ConceptMapEquivalence.RELATEDTO, SKOS.relatedMatch.getURI());
    private static final Map<String, ConceptMapEquivalence> EQUIVALENCE = Map.of(
            SKOS.exactMatch.getURI(), ConceptMapEquivalence.EQUIVALENT,
            OWL.equivalentClass.getURI(), ConceptMapEquivalence.EQUIVALENT,
            SKOS.broadMatch.getURI(), ConceptMapEquivalence.WIDER,
            SKOS.narrowMatch.getURI(), ConceptMapEquivalence.NARROWER,
            SKOS.closeMatch.getURI(), ConceptMapEquivalence.INEXACT,
            SKOS.relatedMatch.getURI(), ConceptMapEquivalence.RELATEDTO);

    private Equivalences() {}

    /** The SKOS property (its IRI) an equivalence says, none for unmatched and disjoint. */
    static Optional<String> skos(ConceptMapEquivalence equivalence) {
        return Optional.ofNullable(equivalence == null ? null : SKOS_MATCH.get(equivalence));
    }

    /** The equivalence a mapping predicate (an IRI) says; relatedto for one FHIR has no word for. */
    static ConceptMapEquivalence of(String predicateIri) {
        return EQUIVALENCE.getOrDefault(predicateIri, ConceptMapEquivalence.RELATEDTO);
    }
}

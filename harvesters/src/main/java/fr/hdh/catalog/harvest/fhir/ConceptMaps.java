package fr.hdh.catalog.harvest.fhir;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.vocab.mapping.MappingSet;
import fr.hdh.catalog.vocab.mapping.MappingSetRecords;
import org.hl7.fhir.r4.model.ConceptMap;

/**
 * A harvested {@code ConceptMap} as an SSSOM mapping set, the same record a ConceptMap posted to
 * {@code /api/mappings} becomes ({@link ConceptMapSets}): one named graph per map, each mapping with its
 * predicate (the equivalence as {@link Equivalences} says), labels and comment, reviewable like any other set.
 * The codes are named as {@link FhirIris} names the concepts of the code systems a harvest brings, so the
 * mappings join the harvested CodeSystems and their concept pages show them.
 */
final class ConceptMaps {
    private final FhirIris iris;
    private final RecordSource source;

    ConceptMaps(FhirIris iris, RecordSource source) {
        this.iris = iris;
        this.source = source;
    }

    CatalogRecord map(ConceptMap map) {
        String canonical = iris.canonicalOr(map.getUrl(), map.getIdElement().getIdPart());
        String title = map.hasTitle() ? map.getTitle() : map.getName();
        if (title == null || title.isBlank()) {
            throw new UnmappableResource("no title: ConceptMap.title and .name are empty");
        }
        MappingSet set;
        try {
            set = ConceptMapSets.fromConceptMap(map, "ConceptMap " + canonical, system -> iris.codeSystem(system) + "/");
        } catch (MalformedInputException e) {
            throw new UnmappableResource(e.getMessage());
        }
        if (set.mappings().stream().allMatch(m -> m.first("object_id").orElse(ConceptMapSets.NO_TERM).equals(ConceptMapSets.NO_TERM))) {
            throw new UnmappableResource("no mappings: no group maps a code to a code");
        }
        return new MappingSetRecords(iris.catalog()).record(set, source);
    }
}

package fr.hdh.catalog.harvest.fhir;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.hl7.fhir.r4.model.ConceptMap;

/**
 * A {@code ConceptMap} as a VOCABULARY record of its own: the map is a {@code skos:ConceptScheme}
 * (title, description, {@code dct:source} and {@code dct:relation} to the source and target value
 * sets) whose graph holds the SKOS mapping triples between the concepts of the code systems it maps,
 * named as {@link FhirIris} names every FHIR concept, each equivalence as {@link Equivalences} says. Kept
 * apart from the code systems so a map can be replaced or withdrawn on its own. (A ConceptMap posted to
 * {@code /api/mappings} is read instead by {@link ConceptMapSets}, as an SSSOM mapping set.)
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
        String iri = iris.conceptMap(canonical);
        Node node = Triples.iri(iri);
        String lang = FhirText.language(map);
        Triples t = new Triples().type(node, SKOS.ConceptScheme)
                .text(node, DCTerms.title, title, lang)
                .text(node, SKOS.prefLabel, title, lang)
                .string(node, DCTerms.identifier, canonical)
                .text(node, DCTerms.description, map.getDescription(), lang);
        if (map.hasSourceUriType() || map.hasSourceCanonicalType()) {
            t.link(node, DCTerms.source, Triples.iri(iris.valueSet(map.getSource().primitiveValue())));
        }
        if (map.hasTargetUriType() || map.hasTargetCanonicalType()) {
            t.link(node, DCTerms.relation, Triples.iri(iris.valueSet(map.getTarget().primitiveValue())));
        }
        int mappings = 0;
        for (ConceptMap.ConceptMapGroupComponent group : map.getGroup()) {
            if (!group.hasSource() || !group.hasTarget()) {
                continue;
            }
            for (ConceptMap.SourceElementComponent element : group.getElement()) {
                for (ConceptMap.TargetElementComponent target : element.getTarget()) {
                    Property match = Equivalences.skos(target.getEquivalence()).map(ResourceFactory::createProperty).orElse(null);
                    if (match != null && element.hasCode() && target.hasCode()) {
                        t.link(Triples.iri(iris.concept(group.getSource(), element.getCode())), match,
                                Triples.iri(iris.concept(group.getTarget(), target.getCode())));
                        mappings++;
                    }
                }
            }
        }
        if (mappings == 0) {
            throw new UnmappableResource("no mappings: no group maps a code to a code with an equivalence SKOS can say");
        }
        return new CatalogRecord(iri, RecordKind.VOCABULARY, t.graph(), source);
    }
}

package fr.hdh.catalog.harvest.fhir;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * {@code CodeSystem} and {@code ValueSet} resources as VOCABULARY records: one
 * {@code skos:ConceptScheme} with {@code dct:title} (the resource's title, else its name) and one
 * {@code skos:Concept} per code with {@code skos:notation} and {@code skos:prefLabel} (the display,
 * else the code). A code system's hierarchy becomes {@code skos:broader}. A value set's concepts are
 * those of its expansion, else those its {@code compose.include} lists, else all concepts of a code
 * system it includes whole when that code system is in the same harvest; a value set that enumerates
 * nothing (only filters, or code systems not harvested) is refused, as an empty scheme would mislead.
 */
final class Terminologies {
    private final FhirIris iris;
    private final RecordSource source;
    private final List<CodeSystem> harvestedSystems;

    Terminologies(FhirIris iris, RecordSource source, List<CodeSystem> harvestedSystems) {
        this.iris = iris;
        this.source = source;
        this.harvestedSystems = List.copyOf(harvestedSystems);
    }

    CatalogRecord codeSystem(CodeSystem cs) {
        String canonical = iris.canonicalOr(cs.getUrl(), cs.getIdElement().getIdPart());
        String iri = iris.codeSystem(canonical);
        Node scheme = Triples.iri(iri);
        Triples t = scheme(scheme, cs, canonical);
        if (!cs.hasConcept()) {
            throw new UnmappableResource("no concepts: CodeSystem.concept is empty (content " + cs.getContent().toCode() + ")");
        }
        addConcepts(t, scheme, canonical, cs.getConcept(), null, FhirText.language(cs));
        return new CatalogRecord(iri, RecordKind.VOCABULARY, t.graph(), source);
    }

    CatalogRecord valueSet(ValueSet vs) {
        String canonical = iris.canonicalOr(vs.getUrl(), vs.getIdElement().getIdPart());
        String iri = iris.valueSet(canonical);
        Node scheme = Triples.iri(iri);
        Triples t = scheme(scheme, vs, canonical);
        String lang = FhirText.language(vs);
        Set<String> seen = new HashSet<>();
        for (ValueSet.ValueSetExpansionContainsComponent c : vs.getExpansion().getContains()) {
            addExpansion(t, scheme, c, lang, seen);
        }
        if (seen.isEmpty()) {
            for (ValueSet.ConceptSetComponent include : vs.getCompose().getInclude()) {
                addInclude(t, scheme, include, lang, seen);
            }
        }
        if (seen.isEmpty()) {
            throw new UnmappableResource("no concepts: the ValueSet has no expansion, lists no codes and includes no "
                    + "whole code system harvested with it");
        }
        return new CatalogRecord(iri, RecordKind.VOCABULARY, t.graph(), source);
    }

    private Triples scheme(Node scheme, MetadataResource r, String canonical) {
        String title = r.hasTitle() ? r.getTitle() : r.getName();
        if (title == null || title.isBlank()) {
            throw new UnmappableResource("no title: " + r.fhirType() + ".title and .name are empty");
        }
        String lang = FhirText.language(r);
        Triples t = new Triples().type(scheme, SKOS.ConceptScheme)
                .text(scheme, DCTerms.title, title, lang)
                .text(scheme, SKOS.prefLabel, title, lang)
                .string(scheme, DCTerms.identifier, canonical)
                .text(scheme, DCTerms.description, r.getDescription(), lang)
                .string(scheme, OWL.versionInfo, r.getVersion())
                .text(scheme, DCTerms.publisher, r.getPublisher(), "");
        return t;
    }

    private void addConcepts(Triples t, Node scheme, String system, List<ConceptDefinitionComponent> concepts,
                             Node broader, String lang) {
        for (ConceptDefinitionComponent c : concepts) {
            if (!c.hasCode()) {
                continue;
            }
            Node concept = concept(t, scheme, system, c.getCode(), c.getDisplay(), lang);
            t.text(concept, SKOS.definition, c.getDefinition(), lang);
            if (broader != null) {
                t.link(concept, SKOS.broader, broader);
            } else {
                t.link(scheme, SKOS.hasTopConcept, concept);
            }
            addConcepts(t, scheme, system, c.getConcept(), concept, lang);
        }
    }

    private void addExpansion(Triples t, Node scheme, ValueSet.ValueSetExpansionContainsComponent c, String lang, Set<String> seen) {
        if (c.hasSystem() && c.hasCode() && seen.add(c.getSystem() + "|" + c.getCode())) {
            concept(t, scheme, c.getSystem(), c.getCode(), c.getDisplay(), lang);
        }
        c.getContains().forEach(child -> addExpansion(t, scheme, child, lang, seen));
    }

    private void addInclude(Triples t, Node scheme, ValueSet.ConceptSetComponent include, String lang, Set<String> seen) {
        if (!include.hasSystem()) {
            return;
        }
        String system = include.getSystem();
        if (include.hasConcept()) {
            for (ValueSet.ConceptReferenceComponent c : include.getConcept()) {
                if (seen.add(system + "|" + c.getCode())) {
                    concept(t, scheme, system, c.getCode(), c.getDisplay(), lang);
                }
            }
            return;
        }
        if (include.hasFilter()) {
            return;
        }
        harvestedSystems.stream().filter(cs -> system.equals(cs.getUrl())).findFirst()
                .ifPresent(cs -> addWhole(t, scheme, system, cs.getConcept(), lang, seen));
    }

    private void addWhole(Triples t, Node scheme, String system, List<ConceptDefinitionComponent> concepts, String lang, Set<String> seen) {
        for (ConceptDefinitionComponent c : concepts) {
            if (c.hasCode() && seen.add(system + "|" + c.getCode())) {
                concept(t, scheme, system, c.getCode(), c.getDisplay(), lang);
            }
            addWhole(t, scheme, system, c.getConcept(), lang, seen);
        }
    }

    /** A concept of {@code system}, named the same in every record that mentions it, put in {@code scheme}. */
    private Node concept(Triples t, Node scheme, String system, String code, String display, String lang) {
        Node concept = Triples.iri(iris.concept(system, code));
        t.type(concept, SKOS.Concept).link(concept, SKOS.inScheme, scheme)
                .string(concept, SKOS.notation, code)
                .text(concept, SKOS.prefLabel, display == null || display.isBlank() ? code : display, lang);
        return concept;
    }
}

package fr.hdh.catalog.harvest.fhir;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.vocab.scheme.SchemeGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionDesignationComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptPropertyComponent;

/** Builds the SKOS graph of one CodeSystem for {@link CodeSystemSchemes}, concept by concept, keeping each one's FHIR path. */
final class CodeSystemGraph {
    private final CodeSystem cs;
    private final String source;
    private final String lang;
    private final String schemeIri;
    private final CatalogIris iris;
    private final Triples t = new Triples();
    private final Node scheme;
    /** Code to the FHIR path of the concept that defines it. */
    private final Map<String, String> paths = new LinkedHashMap<>();
    /** Parent links read from properties: child code, parent code, the FHIR path of the property. */
    private final List<String[]> links = new ArrayList<>();
    private final Map<String, CodeSystemSchemes.Link> declared;
    private final List<String> notes = new ArrayList<>();
    /** A description this short, on one line, may serve as the title a code system lacks. */
    private static final int SHORT_DESCRIPTION = 80;
    /** When the code system is read: a concept whose end date has passed by then is retired. */
    private final Instant now = Instant.now();

    CodeSystemGraph(CodeSystem cs, String source, CatalogIris iris, Optional<String> schemeIri, String lang) {
        this.cs = cs;
        this.source = source;
        this.iris = iris;
        this.lang = lang;
        String url = cs.hasUrl() ? cs.getUrl().strip() : "";
        this.schemeIri = schemeIri.orElseGet(() -> {
            if (url.isEmpty()) {
                throw refused("CodeSystem.url", "missing: the code system has no canonical URL, give the scheme's IRI");
            }
            return new FhirIris(iris, "import").codeSystem(url);
        });
        this.scheme = Triples.iri(this.schemeIri);
        this.declared = CodeSystemSchemes.Link.declared(cs);
    }

    SchemeGraph build() {
        CodeSystemContentMode mode = cs.getContent();
        if (mode == CodeSystemContentMode.NOTPRESENT || mode == CodeSystemContentMode.SUPPLEMENT) {
            throw refused("CodeSystem.content", mode.toCode() + ": the resource defines no concepts of its own to load");
        }
        if (!cs.hasConcept()) {
            throw refused("CodeSystem.concept", "empty: the code system lists no concept");
        }
        addScheme(mode);
        List<ConceptDefinitionComponent> top = CodeSystemSchemes.concepts(cs);
        for (int i = 0; i < top.size(); i++) {
            addConcept(top.get(i), "CodeSystem.concept[" + i + "]", null);
        }
        for (String[] link : links) {
            String child = link[0];
            String parent = link[1];
            if (!paths.containsKey(parent) || !paths.containsKey(child)) {
                notes.add(link[2] + ": " + (paths.containsKey(parent) ? child : parent)
                        + " is not a code of this code system; the link is left out");
                continue;
            }
            t.link(concept(child), SKOS.broader, concept(parent));
        }
        Optional<String> version = Optional.ofNullable(cs.getVersion()).map(String::strip).filter(v -> !v.isEmpty());
        return new SchemeGraph(schemeIri, t.graph(), version, notes);
    }

    private void addScheme(CodeSystemContentMode mode) {
        String title = title();
        if (title == null || title.isBlank()) {
            throw refused("CodeSystem.title", "missing, and CodeSystem.name too: the scheme needs a title");
        }
        if (!title.equals(cs.getName()) && cs.hasName() && !cs.getName().isBlank()) {
            t.text(scheme, SKOS.altLabel, cs.getName(), "");
        }
        t.type(scheme, SKOS.ConceptScheme)
                .text(scheme, DCTerms.title, title, lang)
                .text(scheme, SKOS.prefLabel, title, lang)
                .text(scheme, DCTerms.description, cs.getDescription(), lang)
                .text(scheme, DCTerms.publisher, cs.getPublisher(), "");
        // the code system's other identifiers too: the OIDs French CDA documents name code systems by
        cs.getIdentifier().stream().filter(id -> id.hasValue() && !id.getValue().isBlank())
                .forEach(id -> t.string(scheme, DCTerms.identifier, id.getValue().strip()));
        if (cs.hasUrl()) {
            t.string(scheme, DCTerms.identifier, cs.getUrl());
            if (cs.getUrl().matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.+")) {
                t.link(scheme, DCTerms.source, Triples.iri(cs.getUrl().strip()));
            }
        }
        t.string(scheme, OWL.versionInfo, cs.getVersion());
        if (CodeSystemSchemes.retired(cs)) {
            t.link(scheme, OWL.deprecated, NodeFactory.createLiteralByValue(true));
        }
        if (CodeSystemSchemes.partial(mode)) {
            t.text(scheme, SKOS.editorialNote, "FHIR CodeSystem.content is " + mode.toCode()
                    + ": this scheme holds part of the code system's concepts only", "en");
        }
    }

    /**
     * The scheme's title for a reader: {@code title}; else a description of one short line (the ANS's terminologies
     * give {@code name} "TRE_R249_Sexe" and description "Sexe", no title); else {@code name}, the machine's name.
     */
    private String title() {
        if (cs.hasTitle() && !cs.getTitle().isBlank()) {
            return cs.getTitle();
        }
        String description = cs.hasDescription() ? cs.getDescription().strip() : "";
        if (!description.isEmpty() && description.length() <= SHORT_DESCRIPTION && !description.contains("\n")) {
            return description;
        }
        return cs.getName();
    }

    private void addConcept(ConceptDefinitionComponent c, String path, String broader) {
        if (!c.hasCode() || c.getCode().isBlank()) {
            throw refused(path + ".code", "missing: every concept needs a code");
        }
        String code = c.getCode();
        if (paths.containsKey(code)) {
            throw refused(path + ".code", "'" + code + "' is already the code of " + paths.get(code));
        }
        paths.put(code, path);
        Node concept = concept(code);
        t.type(concept, SKOS.Concept).link(concept, SKOS.inScheme, scheme).string(concept, SKOS.notation, code);
        Set<String> prefLanguages = new HashSet<>();
        String display = c.hasDisplay() && !c.getDisplay().isBlank() ? c.getDisplay() : code;
        t.text(concept, SKOS.prefLabel, display, lang);
        prefLanguages.add(lang);
        t.text(concept, SKOS.definition, c.getDefinition(), lang);
        for (ConceptDefinitionDesignationComponent d : c.getDesignation()) {
            if (!d.hasValue() || d.getValue().isBlank()) {
                continue;
            }
            String dl = d.hasLanguage() ? CodeSystemSchemes.primary(d.getLanguage()) : lang;
            boolean pref = !CodeSystemSchemes.isSynonym(d) && prefLanguages.add(dl);
            t.text(concept, pref ? SKOS.prefLabel : SKOS.altLabel, d.getValue(), dl);
        }
        if (broader != null) {
            t.link(concept, SKOS.broader, concept(broader));
        }
        if (RetiredConcepts.retired(c, now)) {
            t.link(concept, OWL.deprecated, NodeFactory.createLiteralByValue(true));
        }
        List<ConceptPropertyComponent> properties = c.getProperty();
        for (int i = 0; i < properties.size(); i++) {
            ConceptPropertyComponent p = properties.get(i);
            CodeSystemSchemes.Link link = declared.getOrDefault(p.getCode(), CodeSystemSchemes.Link.NONE);
            if (link == CodeSystemSchemes.Link.NONE) {
                continue;
            }
            String at = path + ".property[" + i + "]";
            String other = CodeSystemSchemes.Link.code(p).orElseThrow(() -> refused(at, p.getCode()
                    + " without a valueCode or valueCoding"));
            links.add(link == CodeSystemSchemes.Link.PARENT ? new String[] {code, other, at} : new String[] {other, code, at});
        }
        List<ConceptDefinitionComponent> children = c.getConcept();
        for (int i = 0; i < children.size(); i++) {
            addConcept(children.get(i), path + ".concept[" + i + "]", code);
        }
    }

    private Node concept(String code) {
        return Triples.iri(iris.concept(schemeIri, code));
    }

    private MalformedInputException refused(String fhirPath, String problem) {
        return new MalformedInputException(source, -1, fhirPath + ": " + problem, null);
    }
}

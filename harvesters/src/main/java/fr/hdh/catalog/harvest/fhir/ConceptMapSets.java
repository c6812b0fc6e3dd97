package fr.hdh.catalog.harvest.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.vocab.mapping.Curies;
import fr.hdh.catalog.vocab.mapping.Mapping;
import fr.hdh.catalog.vocab.mapping.MappingSet;
import fr.hdh.catalog.vocab.mapping.MappingStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.ConceptMap.ConceptMapGroupComponent;
import org.hl7.fhir.r4.model.ConceptMap.SourceElementComponent;
import org.hl7.fhir.r4.model.ConceptMap.TargetElementComponent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.ConceptMapEquivalence;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * An SSSOM mapping set as a FHIR R4 {@code ConceptMap} and back, with HAPI's R4 structures.
 *
 * <p>Out: one group per pair of systems (a CURIE's prefix names the system when its namespace ends with {@code /},
 * {@code #} or {@code :}, the rest is the code whole; else the IRI cut after its last {@code /}, {@code #} or
 * {@code :}; the system without a final {@code /}: {@code group.source} and {@code group.target}, with the source
 * versions), one element per subject with its code and label, one target per mapping with its code, label, equivalence (see
 * {@link Equivalences}; a negated mapping is {@code disjoint}, one to {@code sssom:NoTermFound}
 * {@code unmatched}) and comment. The map's url, name, title, description, version and date come from the
 * set; its status is {@code active} when every mapping was reviewed, else {@code draft}.
 *
 * <p>In: each group's system and code joined back into an IRI ({@code system/code} unless the system
 * ends with {@code /}, {@code #} or {@code :}), a prefix declared per system, the equivalence read as a SKOS
 * predicate, the justification {@code semapv:UnspecifiedMatching} (FHIR does not say how a map was made), the
 * groups' versions as {@code subject_source_version} and {@code object_source_version}, a target's
 * {@code dependsOn} and {@code product} in its comment.
 *
 * <pre>
 * String json = ConceptMapSets.toJson(set);
 * MappingSet back = ConceptMapSets.fromJson(json, "posted ConceptMap");
 * </pre>
 */
public final class ConceptMapSets {
    static final String NO_TERM = "sssom:NoTermFound";

    private ConceptMapSets() {}

    /** The set as a ConceptMap in JSON. */
    public static String toJson(MappingSet set) {
        return FhirContexts.parser(FhirVersion.R4, false, new StrictErrorHandler()).setPrettyPrint(true)
                .encodeResourceToString(toConceptMap(set));
    }

    /** The set as a ConceptMap in XML. */
    public static String toXml(MappingSet set) {
        return FhirContexts.parser(FhirVersion.R4, true, new StrictErrorHandler()).setPrettyPrint(true)
                .encodeResourceToString(toConceptMap(set));
    }

    /** The set as a HAPI ConceptMap (kept inside harvesters: callers get JSON or XML). */
    static ConceptMap toConceptMap(MappingSet set) {
        ConceptMap map = new ConceptMap();
        String id = set.id();
        if (Curies.absolute(id)) {
            map.setUrl(id);
        }
        map.setName(name(set.meta("mapping_set_title").orElse(id)));
        set.meta("mapping_set_title").ifPresent(map::setTitle);
        set.meta("mapping_set_description").ifPresent(map::setDescription);
        set.meta("mapping_set_version").ifPresent(map::setVersion);
        set.meta("mapping_date").ifPresent(d -> map.setDateElement(new DateTimeType(d)));
        boolean allReviewed = !set.mappings().isEmpty() && set.mappings().stream().allMatch(m -> m.first(MappingStatus.SLOT)
                .flatMap(MappingStatus::of).map(s -> s == MappingStatus.REVIEWED).orElse(false));
        map.setStatus(allReviewed ? PublicationStatus.ACTIVE : PublicationStatus.DRAFT);
        Curies curies = set.curies();
        Map<String, ConceptMapGroupComponent> groups = new LinkedHashMap<>();
        Map<String, SourceElementComponent> elements = new LinkedHashMap<>();
        for (Mapping m : set.mappings()) {
            Optional<String[]> subject = m.first("subject_id").flatMap(s -> systemAndCode(s, curies));
            Optional<String> objectId = m.first("object_id");
            if (subject.isEmpty() || objectId.isEmpty()) {
                continue; // a literal mapping has no code to give FHIR
            }
            boolean unmatched = objectId.get().equals(NO_TERM);
            String[] object = unmatched ? new String[] {"", ""} : systemAndCode(objectId.get(), curies).orElseThrow();
            String groupKey = subject.get()[0] + "\t" + object[0];
            ConceptMapGroupComponent group = groups.computeIfAbsent(groupKey, k -> {
                ConceptMapGroupComponent g = map.addGroup().setSource(subject.get()[0]);
                if (!object[0].isEmpty()) {
                    g.setTarget(object[0]);
                }
                m.first("subject_source_version").ifPresent(g::setSourceVersion);
                m.first("object_source_version").ifPresent(g::setTargetVersion);
                return g;
            });
            SourceElementComponent element = elements.computeIfAbsent(groupKey + "\t" + subject.get()[1], k -> {
                SourceElementComponent e = group.addElement().setCode(subject.get()[1]);
                m.first("subject_label").ifPresent(e::setDisplay);
                return e;
            });
            TargetElementComponent target = element.addTarget();
            if (!unmatched) {
                target.setCode(object[1]);
                m.first("object_label").ifPresent(target::setDisplay);
            }
            boolean negated = m.first("predicate_modifier").map("Not"::equalsIgnoreCase).orElse(false);
            target.setEquivalence(unmatched ? ConceptMapEquivalence.UNMATCHED : negated ? ConceptMapEquivalence.DISJOINT
                    : Equivalences.of(m.first("predicate_id").flatMap(curies::expand).orElse("")));
            m.first("comment").ifPresent(target::setComment);
        }
        return map;
    }

    /**
     * The mapping set a ConceptMap in JSON describes.
     *
     * @throws MalformedInputException when {@code json} is not an R4 ConceptMap HAPI reads, or a group
     *         has no source or target system
     */
    public static MappingSet fromJson(String json, String source) {
        return read(json, false, source);
    }

    /**
     * The mapping set a ConceptMap in XML describes; a {@code DOCTYPE} (and so any external entity) is refused before
     * the resource is parsed.
     *
     * @throws MalformedInputException as {@link #fromJson}, and naming the line and column of XML that is not well formed
     */
    public static MappingSet fromXml(String xml, String source) {
        SecureXml.check(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), source);
        return read(xml, true, source);
    }

    private static MappingSet read(String text, boolean xml, String source) {
        IBaseResource resource;
        try {
            resource = FhirContexts.parser(FhirVersion.R4, xml, new StrictErrorHandler()).parseResource(text);
        } catch (DataFormatException e) {
            throw new MalformedInputException(source, -1, "not a FHIR R4 resource: " + e.getMessage(), e);
        }
        if (!(resource instanceof ConceptMap map)) {
            throw new MalformedInputException(source, -1, "a " + resource.fhirType() + ", not a ConceptMap", null);
        }
        return fromConceptMap(map, source, ConceptMapSets::systemNamespace);
    }

    /**
     * The mapping set {@code map} describes, each code system's codes named in {@code namespaceOf.apply(system)}
     * (a harvest names them as it names the concepts of the code systems it harvests, so the mappings join them).
     *
     * @throws MalformedInputException when a group has no source system, an element no code, a target no equivalence,
     *         or the map no id
     */
    public static MappingSet fromConceptMap(ConceptMap map, String source, UnaryOperator<String> namespaceOf) {
        String id = map.hasUrl() ? map.getUrl() : map.getIdElement().getIdPart();
        if (id == null || id.isBlank()) {
            throw new MalformedInputException(source, -1, "ConceptMap.url (or its id) is needed as the mapping_set_id", null);
        }
        Map<String, String> prefixes = new LinkedHashMap<>();
        List<Mapping> mappings = new ArrayList<>();
        int g = 0;
        for (ConceptMapGroupComponent group : map.getGroup()) {
            if (!group.hasSource()) {
                throw new MalformedInputException(source, -1, "ConceptMap.group[" + g + "].source: no system; FHIR allows a"
                        + " group without one, but a mapping names its codes by their code system: give it", null);
            }
            String sourcePrefix = prefix(prefixes, group.getSource(), namespaceOf);
            String targetPrefix = group.hasTarget() ? prefix(prefixes, group.getTarget(), namespaceOf) : null;
            int e = 0;
            for (SourceElementComponent element : group.getElement()) {
                String at = "ConceptMap.group[" + g + "].element[" + e + "]";
                if (!element.hasCode()) {
                    throw new MalformedInputException(source, -1, at + ".code: no code; FHIR allows an element without"
                            + " one, but a mapping needs the code it maps from: give it, or move its targets to their element", null);
                }
                int t = 0;
                for (TargetElementComponent target : element.getTarget()) {
                    if (!target.hasEquivalence()) {
                        throw new MalformedInputException(source, -1, at + ".target[" + t + "].equivalence: missing;"
                                + " FHIR R4 requires it (equivalent, wider, narrower, inexact, unmatched…)", null);
                    }
                    mappings.add(mapping(sourcePrefix + ":" + element.getCode(), element, target, targetPrefix, group));
                    t++;
                }
                e++;
            }
            g++;
        }
        Map<String, List<String>> meta = new LinkedHashMap<>();
        meta.put("mapping_set_id", List.of(id));
        Optional.ofNullable(map.hasTitle() ? map.getTitle() : map.getName()).ifPresent(t -> meta.put("mapping_set_title", List.of(t)));
        if (map.hasDescription()) {
            meta.put("mapping_set_description", List.of(map.getDescription()));
        }
        if (map.hasVersion()) {
            meta.put("mapping_set_version", List.of(map.getVersion()));
        }
        if (map.hasDate()) {
            meta.put("mapping_date", List.of(map.getDateElement().getValueAsString().substring(0, 10)));
        }
        return new MappingSet(prefixes, meta, List.of(), mappings);
    }

    private static Mapping mapping(String subject, SourceElementComponent element, TargetElementComponent target,
                                   String targetPrefix, ConceptMapGroupComponent group) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("subject_id", List.of(subject));
        if (group.hasSourceVersion()) {
            v.put("subject_source_version", List.of(group.getSourceVersion()));
        }
        if (group.hasTargetVersion()) {
            v.put("object_source_version", List.of(group.getTargetVersion()));
        }
        if (element.hasDisplay()) {
            v.put("subject_label", List.of(element.getDisplay()));
        }
        ConceptMapEquivalence eq = target.getEquivalence();
        boolean matched = target.hasCode() && targetPrefix != null && eq != ConceptMapEquivalence.UNMATCHED;
        v.put("predicate_id", List.of(Equivalences.skos(eq).map(ConceptMapSets::skosCurie).orElse("skos:exactMatch")));
        if (eq == ConceptMapEquivalence.DISJOINT) {
            v.put("predicate_modifier", List.of("Not"));
        }
        v.put("object_id", List.of(matched ? targetPrefix + ":" + target.getCode() : NO_TERM));
        if (target.hasDisplay()) {
            v.put("object_label", List.of(target.getDisplay()));
        }
        v.put("mapping_justification", List.of("semapv:UnspecifiedMatching"));
        List<String> comment = new ArrayList<>();
        if (target.hasComment()) {
            comment.add(target.getComment());
        }
        // SSSOM has no slot for a condition: it is said in the comment, so the mapping is not read as unconditional
        target.getDependsOn().forEach(d -> comment.add("FHIR dependsOn: " + dependency(d)));
        target.getProduct().forEach(d -> comment.add("FHIR product: " + dependency(d)));
        if (!comment.isEmpty()) {
            v.put("comment", List.of(String.join("; ", comment)));
        }
        return new Mapping(v);
    }

    private static String dependency(ConceptMap.OtherElementComponent d) {
        return d.getProperty() + " = " + (d.hasSystem() ? d.getSystem() + "|" : "") + d.getValue()
                + (d.hasDisplay() ? " (" + d.getDisplay() + ")" : "");
    }

    /**
     * The system and code of a subject or object: a CURIE's prefix names the system (its namespace without the final
     * {@code /} the import adds) and the rest is the code whole, {@code /} and {@code :} included
     * ({@code application/pdf}, {@code urn:ihe:iti:xds-sd:pdf:2008}), when the namespace ends with {@code /},
     * {@code #} or {@code :}; otherwise the IRI is split after its last {@code /}, {@code #} or {@code :}. Empty
     * when the prefix is not declared.
     */
    private static Optional<String[]> systemAndCode(String id, Curies curies) {
        Optional<String> ns = Curies.absolute(id) ? Optional.empty() : Curies.prefixOf(id).flatMap(curies::namespace);
        if (ns.isPresent() && (ns.get().endsWith("/") || ns.get().endsWith("#") || ns.get().endsWith(":"))) {
            String system = ns.get().endsWith("/") ? ns.get().substring(0, ns.get().length() - 1) : ns.get();
            return Optional.of(new String[] {system, id.substring(id.indexOf(':') + 1)});
        }
        // a namespace that ends inside a word (OBO's ".../obo/HP_") is cut where the IRI's last word starts
        return curies.expand(id).map(ConceptMapSets::split);
    }

    /** A code system's namespace as FHIR writes systems: the system, with a final {@code /} unless it ends a word already. */
    private static String systemNamespace(String system) {
        return system.endsWith("/") || system.endsWith("#") || system.endsWith(":") ? system : system + "/";
    }

    /** The prefix declared for {@code system}, made from its last word and unique in {@code prefixes}. */
    private static String prefix(Map<String, String> prefixes, String system, UnaryOperator<String> namespaceOf) {
        String ns = namespaceOf.apply(system);
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            if (p.getValue().equals(ns)) {
                return p.getKey();
            }
        }
        String trimmed = systemNamespace(system).substring(0, systemNamespace(system).length() - 1);
        String word = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1)
                .replaceAll("[^A-Za-z0-9_]", "_");
        String base = word.isEmpty() || !Character.isLetter(word.charAt(0)) ? "fhir_" + word : word;
        String name = base;
        for (int n = 2; prefixes.containsKey(name) || Curies.absolute(name + ":x"); n++) {
            name = base + "_" + n;
        }
        prefixes.put(name, ns);
        return name;
    }

    private static String skosCurie(String iri) {
        return "skos:" + iri.substring(iri.indexOf('#') + 1);
    }

    /**
     * An IRI as the system and the code a ConceptMap gives it: split after its last {@code /}, {@code #}
     * or {@code :}; the system without a final {@code /}, as FHIR writes systems
     * ({@code http://hl7.org/fhir/administrative-gender} + {@code male}), which {@link #prefix} puts back.
     */
    private static String[] split(String iri) {
        int cut = Math.max(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')), iri.lastIndexOf(':')) + 1;
        String system = iri.substring(0, cut);
        return new String[] {system.endsWith("/") ? system.substring(0, system.length() - 1) : system, iri.substring(cut)};
    }

    static String name(String title) {
        String words = title.replaceAll("[^A-Za-z0-9]+", " ").strip();
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            if (!w.isEmpty()) {
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        String name = out.length() == 0 ? "MappingSet" : out.toString();
        return Character.isLetter(name.charAt(0)) ? name : "M" + name.toLowerCase(Locale.ROOT);
    }
}

package fr.hdh.catalog.vocab.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slots of the SSSOM model (schema {@code https://w3id.org/sssom/schema/}, mapping-commons/sssom at
 * 8cfba10, May 2026), in the schema's order: what each holds and the RDF property it is written with (the
 * schema's {@code slot_uri}, else {@code sssom:<slot>}), for a mapping and for a mapping set.
 */
public final class SssomSlots {
    public static final String SSSOM = "https://w3id.org/sssom/";
    public static final String SEMAPV = "https://w3id.org/semapv/vocab/";
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String PAV = "http://purl.org/pav/";
    static final String PROV_NS = "http://www.w3.org/ns/prov#";
    static final String RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#";

    /** What a slot's values are. */
    public enum Range {
        /** A CURIE (or an absolute IRI) whose prefix the set's curie map or the built-in prefixes declare. */
        ENTITY,
        /** An absolute IRI, written out in full. */
        URI,
        /** A number. */
        DOUBLE,
        /** An ISO 8601 date, {@code yyyy-mm-dd}. */
        DATE,
        /** Free text. */
        TEXT
    }

    /** One slot: its name, range, whether it takes several values ({@code |}-separated in TSV), its property. */
    public record Slot(String name, Range range, boolean multivalued, String property) {}

    /**
     * The prefixes every SSSOM file may use without declaring them (SSSOM specification, "built-in
     * prefixes"); {@code xsd} and {@code linkml} for the type hints of extension definitions.
     */
    public static final Map<String, String> BUILT_IN_PREFIXES = Collections.unmodifiableMap(builtIns());

    private static final Map<String, Slot> MAPPING = index(
            slot("record_id", Range.ENTITY, false, SSSOM + "record_id"),
            slot("subject_id", Range.ENTITY, false, OWL + "annotatedSource"),
            slot("subject_label", Range.TEXT, false, SSSOM + "subject_label"),
            slot("subject_category", Range.TEXT, false, SSSOM + "subject_category"),
            slot("predicate_id", Range.ENTITY, false, OWL + "annotatedProperty"),
            slot("predicate_label", Range.TEXT, false, SSSOM + "predicate_label"),
            slot("predicate_modifier", Range.TEXT, false, SSSOM + "predicate_modifier"),
            slot("object_id", Range.ENTITY, false, OWL + "annotatedTarget"),
            slot("object_label", Range.TEXT, false, SSSOM + "object_label"),
            slot("object_category", Range.TEXT, false, SSSOM + "object_category"),
            slot("mapping_justification", Range.ENTITY, false, SSSOM + "mapping_justification"),
            slot("author_id", Range.ENTITY, true, PAV + "authoredBy"),
            slot("author_label", Range.TEXT, true, SSSOM + "author_label"),
            slot("reviewer_id", Range.ENTITY, true, SSSOM + "reviewer_id"),
            slot("reviewer_label", Range.TEXT, true, SSSOM + "reviewer_label"),
            slot("creator_id", Range.ENTITY, true, DCT + "creator"),
            slot("creator_label", Range.TEXT, true, SSSOM + "creator_label"),
            slot("license", Range.URI, false, DCT + "license"),
            slot("subject_type", Range.TEXT, false, SSSOM + "subject_type"),
            slot("subject_source", Range.ENTITY, false, SSSOM + "subject_source"),
            slot("subject_source_version", Range.TEXT, false, SSSOM + "subject_source_version"),
            slot("object_type", Range.TEXT, false, SSSOM + "object_type"),
            slot("object_source", Range.ENTITY, false, SSSOM + "object_source"),
            slot("object_source_version", Range.TEXT, false, SSSOM + "object_source_version"),
            slot("predicate_type", Range.TEXT, false, SSSOM + "predicate_type"),
            slot("mapping_provider", Range.URI, false, SSSOM + "mapping_provider"),
            slot("mapping_source", Range.ENTITY, false, SSSOM + "mapping_source"),
            slot("mapping_cardinality", Range.TEXT, false, SSSOM + "mapping_cardinality"),
            slot("cardinality_scope", Range.TEXT, true, SSSOM + "cardinality_scope"),
            slot("mapping_tool", Range.TEXT, false, SSSOM + "mapping_tool"),
            slot("mapping_tool_id", Range.ENTITY, false, SSSOM + "mapping_tool_id"),
            slot("mapping_tool_version", Range.TEXT, false, SSSOM + "mapping_tool_version"),
            slot("mapping_date", Range.DATE, false, DCT + "created"),
            slot("publication_date", Range.DATE, false, DCT + "issued"),
            slot("review_date", Range.DATE, false, SSSOM + "review_date"),
            slot("confidence", Range.DOUBLE, false, SSSOM + "confidence"),
            slot("reviewer_agreement", Range.DOUBLE, false, SSSOM + "reviewer_agreement"),
            slot("curation_rule", Range.ENTITY, true, SSSOM + "curation_rule"),
            slot("curation_rule_text", Range.TEXT, true, SSSOM + "curation_rule_text"),
            slot("subject_match_field", Range.ENTITY, true, SSSOM + "subject_match_field"),
            slot("object_match_field", Range.ENTITY, true, SSSOM + "object_match_field"),
            slot("match_string", Range.TEXT, true, SSSOM + "match_string"),
            slot("subject_preprocessing", Range.ENTITY, true, SSSOM + "subject_preprocessing"),
            slot("object_preprocessing", Range.ENTITY, true, SSSOM + "object_preprocessing"),
            slot("similarity_score", Range.DOUBLE, false, SSSOM + "similarity_score"),
            slot("similarity_measure", Range.TEXT, false, SSSOM + "similarity_measure"),
            slot("see_also", Range.URI, true, RDFS_NS + "seeAlso"),
            slot("issue_tracker_item", Range.ENTITY, false, SSSOM + "issue_tracker_item"),
            slot("other", Range.TEXT, false, SSSOM + "other"),
            slot("comment", Range.TEXT, false, RDFS_NS + "comment"));

    private static final Map<String, Slot> MAPPING_SET = index(
            slot("sssom_version", Range.TEXT, false, SSSOM + "sssom_version"),
            slot("mapping_set_id", Range.URI, false, SSSOM + "mapping_set_id"),
            slot("mapping_set_version", Range.TEXT, false, OWL + "versionInfo"),
            slot("mapping_set_source", Range.URI, true, PROV_NS + "wasDerivedFrom"),
            slot("mapping_set_title", Range.TEXT, false, DCT + "title"),
            slot("mapping_set_description", Range.TEXT, false, DCT + "description"),
            slot("mapping_set_confidence", Range.DOUBLE, false, SSSOM + "mapping_set_confidence"),
            slot("creator_id", Range.ENTITY, true, DCT + "creator"),
            slot("creator_label", Range.TEXT, true, SSSOM + "creator_label"),
            slot("license", Range.URI, false, DCT + "license"),
            slot("subject_type", Range.TEXT, false, SSSOM + "subject_type"),
            slot("subject_source", Range.ENTITY, false, SSSOM + "subject_source"),
            slot("subject_source_version", Range.TEXT, false, SSSOM + "subject_source_version"),
            slot("object_type", Range.TEXT, false, SSSOM + "object_type"),
            slot("object_source", Range.ENTITY, false, SSSOM + "object_source"),
            slot("object_source_version", Range.TEXT, false, SSSOM + "object_source_version"),
            slot("predicate_type", Range.TEXT, false, SSSOM + "predicate_type"),
            slot("mapping_provider", Range.URI, false, SSSOM + "mapping_provider"),
            slot("cardinality_scope", Range.TEXT, true, SSSOM + "cardinality_scope"),
            slot("mapping_tool", Range.TEXT, false, SSSOM + "mapping_tool"),
            slot("mapping_tool_id", Range.ENTITY, false, SSSOM + "mapping_tool_id"),
            slot("mapping_tool_version", Range.TEXT, false, SSSOM + "mapping_tool_version"),
            slot("mapping_date", Range.DATE, false, DCT + "created"),
            slot("publication_date", Range.DATE, false, DCT + "issued"),
            slot("subject_match_field", Range.ENTITY, true, SSSOM + "subject_match_field"),
            slot("object_match_field", Range.ENTITY, true, SSSOM + "object_match_field"),
            slot("subject_preprocessing", Range.ENTITY, true, SSSOM + "subject_preprocessing"),
            slot("object_preprocessing", Range.ENTITY, true, SSSOM + "object_preprocessing"),
            slot("similarity_measure", Range.TEXT, false, SSSOM + "similarity_measure"),
            slot("curation_rule", Range.ENTITY, true, SSSOM + "curation_rule"),
            slot("curation_rule_text", Range.TEXT, true, SSSOM + "curation_rule_text"),
            slot("see_also", Range.URI, true, RDFS_NS + "seeAlso"),
            slot("issue_tracker", Range.URI, false, SSSOM + "issue_tracker"),
            slot("other", Range.TEXT, false, SSSOM + "other"),
            slot("comment", Range.TEXT, false, RDFS_NS + "comment"));

    private SssomSlots() {}

    /** A slot of a mapping (a TSV column), if the SSSOM model defines it. */
    public static Optional<Slot> mapping(String name) {
        return Optional.ofNullable(MAPPING.get(name));
    }

    /** A slot of a mapping set (a key of the YAML header), if the SSSOM model defines it. */
    public static Optional<Slot> mappingSet(String name) {
        return Optional.ofNullable(MAPPING_SET.get(name));
    }

    /** The mapping slots in the schema's order, the order columns are written in. */
    public static List<String> mappingOrder() {
        return List.copyOf(MAPPING.keySet());
    }

    /** The mapping set slots in the schema's order. */
    public static List<String> mappingSetOrder() {
        return List.copyOf(MAPPING_SET.keySet());
    }

    private static Slot slot(String name, Range range, boolean multivalued, String property) {
        return new Slot(name, range, multivalued, property);
    }

    private static Map<String, Slot> index(Slot... slots) {
        Map<String, Slot> m = new LinkedHashMap<>();
        for (Slot s : slots) {
            m.put(s.name(), s);
        }
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> builtIns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("owl", OWL);
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", RDFS_NS);
        m.put("semapv", SEMAPV);
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("sssom", SSSOM);
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("linkml", "https://w3id.org/linkml/");
        return m;
    }
}

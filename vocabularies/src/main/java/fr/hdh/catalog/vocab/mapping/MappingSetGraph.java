package fr.hdh.catalog.vocab.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * A mapping set as RDF, the way SSSOM writes it: the set ({@code sssom:MappingSet}, its slots as
 * properties, {@code sssom:mappings} to each mapping) and each mapping reified as an {@code owl:Axiom}
 * and {@code sssom:Mapping} ({@code owl:annotatedSource}, {@code owl:annotatedProperty},
 * {@code owl:annotatedTarget} and the other slots), CURIEs expanded. The mapping itself is also stated as
 * a plain triple ({@code subject skos:exactMatch object}) so a SPARQL user finds it without the
 * reification; not for a negated mapping ({@code predicate_modifier Not}) or one to {@code sssom:NoTermFound}.
 *
 * <p>So the set reads back as it was written, the graph also keeps its curie map (SHACL's
 * {@code sh:declare}, {@code sh:prefix}, {@code sh:namespace}), its extension definitions and the order of
 * its mappings (they are named {@code <set>/mapping/1}, {@code /2}…). A multi-valued slot holding several
 * values also keeps them, in their order, as one text ({@code <set>/order/<slot>}): RDF keeps no order
 * among a property's values.
 */
public final class MappingSetGraph {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    static final Node MAPPING_SET = NodeFactory.createURI(SssomSlots.SSSOM + "MappingSet");
    static final Node MAPPING = NodeFactory.createURI(SssomSlots.SSSOM + "Mapping");
    static final Node MAPPINGS = NodeFactory.createURI(SssomSlots.SSSOM + "mappings");
    private static final Node EXTENSIONS = NodeFactory.createURI(SssomSlots.SSSOM + "extension_definitions");
    private static final Node SLOT_NAME = NodeFactory.createURI(SssomSlots.SSSOM + "slot_name");
    private static final Node PROPERTY = NodeFactory.createURI(SssomSlots.SSSOM + "property");
    private static final Node TYPE_HINT = NodeFactory.createURI(SssomSlots.SSSOM + "type_hint");
    private static final Node DECLARE = NodeFactory.createURI(SH + "declare");
    private static final Node PREFIX = NodeFactory.createURI(SH + "prefix");
    private static final Node NAMESPACE = NodeFactory.createURI(SH + "namespace");
    private static final List<String> NO_TERM = List.of(SssomSlots.SSSOM + "NoTermFound", SssomSlots.SSSOM + "NoMapping");

    private MappingSetGraph() {}

    /** The IRI of the {@code n}th mapping (from 1) of the set named {@code setIri}. */
    public static String mappingIri(String setIri, int n) {
        return setIri + "/mapping/" + n;
    }

    /** The set as a graph whose main resource is {@code setIri}. */
    public static Graph toGraph(MappingSet set, String setIri) {
        Graph g = GraphFactory.createDefaultGraph();
        Node s = NodeFactory.createURI(setIri);
        Curies curies = set.curies();
        MappingSetSlots slots = new MappingSetSlots(set.extensions(), curies);
        g.add(s, RDF.type.asNode(), MAPPING_SET);
        set.curieMap().forEach((prefix, ns) -> {
            Node d = NodeFactory.createURI(setIri + "/prefix/" + prefix);
            g.add(s, DECLARE, d);
            g.add(d, PREFIX, NodeFactory.createLiteralString(prefix));
            g.add(d, NAMESPACE, NodeFactory.createLiteralDT(ns, XSDDatatype.XSDanyURI));
        });
        for (ExtensionDefinition e : set.extensions()) {
            Node d = NodeFactory.createURI(setIri + "/extension/" + e.slotName());
            g.add(s, EXTENSIONS, d);
            g.add(d, SLOT_NAME, NodeFactory.createLiteralString(e.slotName()));
            g.add(d, PROPERTY, NodeFactory.createLiteralString(e.property()));
            e.typeHint().ifPresent(t -> g.add(d, TYPE_HINT, NodeFactory.createLiteralString(t)));
        }
        set.metadata().forEach((slot, values) -> {
            Node p = NodeFactory.createURI(slots.setProperty(slot, setIri));
            values.forEach(v -> g.add(s, p, node(slots.setRange(slot), v, curies)));
            keepOrder(g, s, setIri, slot, values);
        });
        int n = 0;
        for (Mapping m : set.mappings()) {
            Node mapping = NodeFactory.createURI(mappingIri(setIri, ++n));
            g.add(s, MAPPINGS, mapping);
            g.add(mapping, RDF.type.asNode(), OWL.Axiom.asNode());
            g.add(mapping, RDF.type.asNode(), MAPPING);
            m.values().forEach((slot, values) -> {
                Node p = NodeFactory.createURI(slots.property(slot, setIri));
                values.forEach(v -> g.add(mapping, p, node(slots.range(slot), v, curies)));
                keepOrder(g, mapping, setIri, slot, values);
            });
            plainTriple(m, curies).ifPresent(g::add);
        }
        return g;
    }

    /** The set held in {@code g} under {@code setIri}, as {@link #toGraph} wrote it. */
    public static MappingSet fromGraph(Graph g, String setIri) {
        Node s = NodeFactory.createURI(setIri);
        Map<String, String> curieMap = new TreeMap<>();
        g.find(s, DECLARE, Node.ANY).forEachRemaining(t -> curieMap.put(literal(g, t.getObject(), PREFIX),
                literal(g, t.getObject(), NAMESPACE)));
        List<ExtensionDefinition> extensions = new ArrayList<>();
        g.find(s, EXTENSIONS, Node.ANY).forEachRemaining(t -> extensions.add(new ExtensionDefinition(
                literal(g, t.getObject(), SLOT_NAME), literal(g, t.getObject(), PROPERTY),
                g.find(t.getObject(), TYPE_HINT, Node.ANY).nextOptional().map(x -> x.getObject().getLiteralLexicalForm()))));
        extensions.sort(Comparator.comparing(ExtensionDefinition::slotName));
        Curies curies = new Curies(curieMap);
        MappingSetSlots slots = new MappingSetSlots(extensions, curies);
        Map<String, String> setSlots = new HashMap<>();
        Map<String, String> mappingSlots = new HashMap<>();
        for (String slot : SssomSlots.mappingSetOrder()) {
            setSlots.put(slots.setProperty(slot, setIri), slot);
        }
        for (String slot : SssomSlots.mappingOrder()) {
            mappingSlots.put(slots.property(slot, setIri), slot);
        }
        for (ExtensionDefinition e : extensions) {
            setSlots.put(slots.setProperty(e.slotName(), setIri), e.slotName());
            mappingSlots.put(slots.property(e.slotName(), setIri), e.slotName());
        }
        String undeclared = MappingSetSlots.undeclaredNamespace(setIri);
        Map<String, List<String>> metadata = ordered(g, s, setIri, values(g, s, setSlots, undeclared, slots::setRange, curies));
        List<Node> mappingNodes = new ArrayList<>(g.find(s, MAPPINGS, Node.ANY).mapWith(Triple::getObject).toList());
        mappingNodes.sort(Comparator.comparingInt(MappingSetGraph::position));
        List<Mapping> mappings = new ArrayList<>();
        for (Node m : mappingNodes) {
            mappings.add(new Mapping(ordered(g, m, setIri, values(g, m, mappingSlots, undeclared, slots::range, curies))));
        }
        return new MappingSet(curieMap, metadata, extensions, mappings);
    }

    /** Where the order of a multi-valued slot's values is kept: RDF keeps none among a property's values. */
    private static String orderNamespace(String setIri) {
        return setIri + "/order/";
    }

    private static void keepOrder(Graph g, Node subject, String setIri, String slot, List<String> values) {
        if (values.size() > 1) {
            g.add(subject, NodeFactory.createURI(orderNamespace(setIri) + slot), NodeFactory.createLiteralString(MultiValues.join(values)));
        }
    }

    /** {@code values} with each multi-valued slot in the order kept for it. */
    private static Map<String, List<String>> ordered(Graph g, Node subject, String setIri, Map<String, List<String>> values) {
        String order = orderNamespace(setIri);
        g.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (p.startsWith(order) && values.containsKey(p.substring(order.length()))) {
                values.put(p.substring(order.length()), MultiValues.split(t.getObject().getLiteralLexicalForm()));
            }
        });
        return values;
    }

    /** The plain statement of a mapping, when it states a match between two entities. */
    static Optional<Triple> plainTriple(Mapping m, Curies curies) {
        Optional<String> subject = m.first("subject_id").flatMap(curies::expand);
        Optional<String> predicate = m.first("predicate_id").flatMap(curies::expand);
        Optional<String> object = m.first("object_id").flatMap(curies::expand);
        boolean negated = m.first("predicate_modifier").map("Not"::equalsIgnoreCase).orElse(false);
        if (negated || subject.isEmpty() || predicate.isEmpty() || object.isEmpty()
                || NO_TERM.contains(subject.get()) || NO_TERM.contains(object.get())) {
            return Optional.empty();
        }
        return Optional.of(Triple.create(NodeFactory.createURI(subject.get()), NodeFactory.createURI(predicate.get()),
                NodeFactory.createURI(object.get())));
    }

    private static Map<String, List<String>> values(Graph g, Node subject, Map<String, String> slotsByProperty,
            String undeclared, java.util.function.Function<String, SssomSlots.Range> range, Curies curies) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        g.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            String slot = slotsByProperty.get(p);
            if (slot == null && p.startsWith(undeclared)) {
                slot = p.substring(undeclared.length());
            }
            if (slot != null) {
                values.computeIfAbsent(slot, k -> new ArrayList<>()).add(text(t.getObject(), range.apply(slot), curies));
            }
        });
        values.values().forEach(v -> v.sort(null));
        return values;
    }

    private static Node node(SssomSlots.Range range, String value, Curies curies) {
        return switch (range) {
            case ENTITY -> NodeFactory.createURI(curies.expand(value).orElseThrow(
                    () -> new IllegalArgumentException("Undeclared prefix in " + value)));
            case URI -> Curies.absolute(value) ? NodeFactory.createURI(value) : NodeFactory.createLiteralString(value);
            case DOUBLE -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDdouble);
            case DATE -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
            case TEXT -> NodeFactory.createLiteralString(value);
        };
    }

    private static String text(Node value, SssomSlots.Range range, Curies curies) {
        if (value.isURI()) {
            return range == SssomSlots.Range.ENTITY ? curies.compact(value.getURI()) : value.getURI();
        }
        String lexical = value.getLiteralLexicalForm();
        return range == SssomSlots.Range.DOUBLE ? Double.toString(Double.parseDouble(lexical)) : lexical;
    }

    private static String literal(Graph g, Node subject, Node property) {
        return g.find(subject, property, Node.ANY).nextOptional().map(t -> t.getObject().getLiteralLexicalForm()).orElse("");
    }

    private static int position(Node mapping) {
        String iri = mapping.getURI();
        try {
            return Integer.parseInt(iri.substring(iri.lastIndexOf('/') + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}

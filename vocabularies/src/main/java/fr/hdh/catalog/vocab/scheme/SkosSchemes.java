package fr.hdh.catalog.vocab.scheme;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.validation.GraphDescriptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Checks that a graph is one SKOS concept scheme and completes the links SKOS entails. Refused, with the
 * resource at fault named: no {@code skos:ConceptScheme}, several and none chosen, a {@code skos:Concept}
 * in no scheme, a scheme without concepts, a concept without {@code skos:prefLabel} or with two in one
 * language, a cycle of {@code skos:broader}. Added when missing: {@code skos:inScheme} for concepts the
 * scheme lists as top concepts, {@code skos:narrower} for each {@code skos:broader} inside the scheme and
 * back, {@code skos:topConceptOf} and {@code skos:hasTopConcept} for each concept without a broader one
 * in the scheme, and a {@code dct:title} copied from the scheme's {@code skos:prefLabel} (DCAT-AP asks for
 * a title). Triples of other schemes in the same file are left out.
 */
public final class SkosSchemes {
    static {
        JenaSystem.init();
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node SCHEME = SKOS.ConceptScheme.asNode();
    private static final Node CONCEPT = SKOS.Concept.asNode();
    private static final Node IN_SCHEME = SKOS.inScheme.asNode();
    private static final Node TOP_OF = SKOS.topConceptOf.asNode();
    private static final Node HAS_TOP = SKOS.hasTopConcept.asNode();
    private static final Node BROADER = SKOS.broader.asNode();
    private static final Node NARROWER = SKOS.narrower.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();

    private SkosSchemes() {}

    /**
     * The scheme of {@code g} ({@code wanted} when the file holds several), checked and completed.
     *
     * @throws MalformedInputException naming {@code source} and the resource at fault
     */
    public static SchemeGraph checked(Graph g, Optional<String> wanted, String source) {
        Node scheme = scheme(g, wanted, source);
        Set<Node> concepts = concepts(g, scheme, source);
        Graph out = GraphFactory.createDefaultGraph();
        GraphDescriptions.copy(g, scheme, out);
        for (Node c : concepts) {
            GraphDescriptions.copy(g, c, out);
            out.add(c, TYPE, CONCEPT);
            out.add(c, IN_SCHEME, scheme);
            checkLabels(out, c, source);
        }
        Map<Node, Set<Node>> broader = hierarchy(out, concepts);
        checkAcyclic(broader, source);
        for (Node c : concepts) {
            Set<Node> up = broader.getOrDefault(c, Set.of());
            if (up.isEmpty()) {
                out.add(c, TOP_OF, scheme);
                out.add(scheme, HAS_TOP, c);
            }
            for (Node b : up) {
                out.add(c, BROADER, b);
                out.add(b, NARROWER, c);
            }
        }
        addTitle(out, scheme, source);
        Optional<String> version = out.find(scheme, OWL.versionInfo.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isLiteral).nextOptional().map(Node::getLiteralLexicalForm).map(String::strip)
                .filter(v -> !v.isEmpty());
        return new SchemeGraph(scheme.getURI(), out, version);
    }

    private static Node scheme(Graph g, Optional<String> wanted, String source) {
        List<Node> schemes = g.find(Node.ANY, TYPE, SCHEME).mapWith(Triple::getSubject).filterKeep(Node::isURI).toList();
        if (wanted.isPresent()) {
            Node w = NodeFactory.createURI(wanted.get());
            if (!schemes.contains(w)) {
                throw new MalformedInputException(source, -1, "no skos:ConceptScheme <" + wanted.get() + "> in the file"
                        + (schemes.isEmpty() ? "" : " (it holds " + names(schemes) + ")"), null);
            }
            return w;
        }
        if (schemes.isEmpty()) {
            throw new MalformedInputException(source, -1, "not a SKOS vocabulary: no resource is a skos:ConceptScheme", null);
        }
        if (schemes.size() > 1) {
            throw new MalformedInputException(source, -1, "several concept schemes (" + names(schemes)
                    + "): say which one to load", null);
        }
        return schemes.get(0);
    }

    private static Set<Node> concepts(Graph g, Node scheme, String source) {
        Set<Node> concepts = new LinkedHashSet<>();
        g.find(Node.ANY, IN_SCHEME, scheme).mapWith(Triple::getSubject).forEachRemaining(concepts::add);
        g.find(Node.ANY, TOP_OF, scheme).mapWith(Triple::getSubject).forEachRemaining(concepts::add);
        g.find(scheme, HAS_TOP, Node.ANY).mapWith(Triple::getObject).forEachRemaining(concepts::add);
        for (Node c : concepts) {
            if (!c.isURI()) {
                throw new MalformedInputException(source, -1, "a concept of <" + scheme.getURI() + "> has no IRI", null);
            }
        }
        g.find(Node.ANY, TYPE, CONCEPT).mapWith(Triple::getSubject).forEachRemaining(c -> {
            if (!concepts.contains(c) && !g.find(c, IN_SCHEME, Node.ANY).hasNext() && !g.find(c, TOP_OF, Node.ANY).hasNext()) {
                throw new MalformedInputException(source, -1, "concept " + name(c) + " is in no scheme: give it skos:inScheme <"
                        + scheme.getURI() + ">", null);
            }
        });
        if (concepts.isEmpty()) {
            throw new MalformedInputException(source, -1, "scheme <" + scheme.getURI() + "> has no concept "
                    + "(no resource is skos:inScheme it)", null);
        }
        return concepts;
    }

    private static void checkLabels(Graph g, Node concept, String source) {
        List<Node> labels = g.find(concept, PREF_LABEL, Node.ANY).mapWith(Triple::getObject).toList();
        if (labels.isEmpty()) {
            throw new MalformedInputException(source, -1, "concept " + name(concept) + " has no skos:prefLabel", null);
        }
        Set<String> languages = new HashSet<>();
        for (Node label : labels) {
            String lang = label.isLiteral() ? label.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT) : "";
            if (!languages.add(lang)) {
                throw new MalformedInputException(source, -1, "concept " + name(concept) + " has two skos:prefLabel"
                        + (lang.isEmpty() ? " without language" : " in language " + lang) + " (SKOS allows one)", null);
            }
        }
    }

    /** Concept to its broader concepts inside the scheme, from skos:broader and skos:narrower alike. */
    private static Map<Node, Set<Node>> hierarchy(Graph g, Set<Node> concepts) {
        Map<Node, Set<Node>> broader = new HashMap<>();
        for (Node c : concepts) {
            g.find(c, BROADER, Node.ANY).mapWith(Triple::getObject).filterKeep(concepts::contains)
                    .forEachRemaining(b -> broader.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(b));
            g.find(c, NARROWER, Node.ANY).mapWith(Triple::getObject).filterKeep(concepts::contains)
                    .forEachRemaining(n -> broader.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(c));
        }
        return broader;
    }

    private static void checkAcyclic(Map<Node, Set<Node>> broader, String source) {
        Set<Node> done = new HashSet<>();
        for (Node start : broader.keySet()) {
            List<Node> path = new ArrayList<>();
            if (cycle(start, broader, done, new HashSet<>(), path)) {
                throw new MalformedInputException(source, -1, "skos:broader goes round in a cycle: "
                        + String.join(" → ", path.stream().map(SkosSchemes::name).toList()), null);
            }
        }
    }

    private static boolean cycle(Node c, Map<Node, Set<Node>> broader, Set<Node> done, Set<Node> onPath, List<Node> path) {
        if (onPath.contains(c)) {
            path.add(c);
            return true;
        }
        if (!done.add(c)) {
            return false;
        }
        onPath.add(c);
        path.add(c);
        for (Node b : broader.getOrDefault(c, Set.of())) {
            if (cycle(b, broader, done, onPath, path)) {
                return true;
            }
        }
        onPath.remove(c);
        path.remove(path.size() - 1);
        return false;
    }

    private static void addTitle(Graph g, Node scheme, String source) {
        if (g.contains(scheme, DCTerms.title.asNode(), Node.ANY)) {
            return;
        }
        List<Node> labels = g.find(scheme, PREF_LABEL, Node.ANY).mapWith(Triple::getObject).toList();
        if (labels.isEmpty()) {
            throw new MalformedInputException(source, -1, "scheme <" + scheme.getURI() + "> has neither dct:title nor "
                    + "skos:prefLabel", null);
        }
        labels.forEach(l -> g.add(scheme, DCTerms.title.asNode(), l));
    }

    private static String names(List<Node> nodes) {
        return String.join(", ", nodes.stream().map(SkosSchemes::name).sorted().toList());
    }

    private static String name(Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}

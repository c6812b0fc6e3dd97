package fr.hdh.catalog.web.vocabulary;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.vocabulary.ConceptDescription.Narrower;
import fr.hdh.catalog.web.vocabulary.ConceptDescription.Ref;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads one concept from the store, in one read transaction: its own statements, the chain of its broader
 * concepts up to the top (at most {@value #MAX_DEPTH} steps, a cycle stops it), one page of its narrower
 * concepts, its mappings ({@link Mappings}) and where it is used ({@link Usage}).
 *
 * <pre>
 * Concepts concepts = new Concepts(catalog);
 * Optional&lt;ConceptDescription&gt; i21 = concepts.describe(iri, new Concepts.Request("fr", 1, 100));
 * </pre>
 */
public final class Concepts {
    /** The longest broader chain followed; CIM-10 lists have two or three levels. */
    static final int MAX_DEPTH = 32;

    private final Catalog catalog;

    public Concepts(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The language of the labels of other resources, and the page of narrower concepts asked for. */
    public record Request(String lang, int narrowerPage, int narrowerSize) {}

    /** The concept {@code iri}; empty when no record says it is a {@code skos:Concept}. */
    public Optional<ConceptDescription> describe(String iri, Request request) {
        return catalog.store().read(() -> {
            StoreReader reader = new StoreReader(catalog.store().datasetGraph());
            Node concept = NodeFactory.createURI(iri);
            Graph own = reader.construct(VocabularyQuery.DESCRIPTION, Map.of("concept", concept));
            if (!own.contains(concept, RDF.type.asNode(), SKOS.Concept.asNode())) {
                return Optional.empty();
            }
            Namer namer = new Namer(reader, request.lang());
            List<Ref> schemes = own.find(concept, SKOS.inScheme.asNode(), Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(Node::isURI).mapWith(n -> namer.ref(n.getURI())).toList();
            schemes.sort(java.util.Comparator.comparing(Ref::iri));
            return Optional.of(new ConceptDescription(iri, literals(own, concept, SKOS.notation.asNode()).getOrDefault("", List.of()),
                    literals(own, concept, SKOS.prefLabel.asNode()), literals(own, concept, SKOS.altLabel.asNode()),
                    literals(own, concept, SKOS.definition.asNode()), schemes, broader(reader, concept, namer),
                    narrower(reader, concept, namer, request),
                    new Mappings(reader, namer).of(concept),
                    new Usage(reader, namer).of(schemes.stream().map(Ref::iri).toList()),
                    own.find(concept, OWL.deprecated.asNode(), Node.ANY).toList().stream()
                            .anyMatch(t -> t.getObject().isLiteral() && "true".equals(t.getObject().getLiteralLexicalForm()))));
        });
    }

    /** The IRI of the concept of notation {@code notation} in the scheme identified {@code identifier}, if any. */
    public Optional<String> byNotation(String identifier, String notation) {
        return catalog.store().read(() -> new StoreReader(catalog.store().datasetGraph())
                .select(VocabularyQuery.BY_NOTATION, Map.of("identifier", NodeFactory.createLiteralString(identifier),
                        "notation", NodeFactory.createLiteralString(notation)))
                .stream().findFirst().map(row -> row.get("concept").getURI()));
    }

    /** What the records say about {@code iri} (its own statements), for RDF answers. */
    public Graph statements(String iri) {
        return catalog.store().read(() -> new StoreReader(catalog.store().datasetGraph())
                .construct(VocabularyQuery.DESCRIPTION, Map.of("concept", NodeFactory.createURI(iri))));
    }

    /** The broader chain, top first; the first broader concept (in IRI order) at each step. */
    private static List<Ref> broader(StoreReader reader, Node concept, Namer namer) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(concept.getURI());
        List<Ref> chain = new ArrayList<>();
        Node current = concept;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<Node> up = reader.select(VocabularyQuery.BROADER, Map.of("concept", current)).stream()
                    .map(row -> row.get("broader")).filter(Node::isURI).findFirst();
            if (up.isEmpty() || !seen.add(up.get().getURI())) {
                break;
            }
            chain.add(0, namer.ref(up.get().getURI()));
            current = up.get();
        }
        return chain;
    }

    private static Narrower narrower(StoreReader reader, Node concept, Namer namer, Request request) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(reader.select(VocabularyQuery.NARROWER, Map.of("concept", concept))
                .stream().map(row -> row.get("narrower")).filter(Node::isURI).map(Node::getURI).toList()));
        int from = Math.min(all.size(), (request.narrowerPage() - 1) * request.narrowerSize());
        int to = Math.min(all.size(), from + request.narrowerSize());
        return new Narrower(all.size(), request.narrowerPage(), request.narrowerSize(),
                all.subList(from, to).stream().map(namer::ref).toList());
    }

    /** The literal values of {@code property} by language tag ({@code ""} for none), each list sorted. */
    private static Map<String, List<String>> literals(Graph g, Node subject, Node property) {
        Map<String, List<String>> byLang = new TreeMap<>();
        g.find(subject, property, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                byLang.computeIfAbsent(t.getObject().getLiteralLanguage(), k -> new ArrayList<>()).add(t.getObject().getLiteralLexicalForm());
            }
        });
        byLang.values().forEach(v -> v.sort(null));
        return byLang;
    }

    /** Names other resources (schemes, broader and narrower concepts, mapped concepts), each read once. */
    static final class Namer {
        private final StoreReader reader;
        private final String lang;
        private final Map<String, Ref> named = new LinkedHashMap<>();

        Namer(StoreReader reader, String lang) {
            this.reader = reader;
            this.lang = lang;
        }

        Ref ref(String iri) {
            return named.computeIfAbsent(iri, this::read);
        }

        /** {@code iri} named by the labels the records give it, else by {@code fallback} (a label written beside a mapping). */
        Ref ref(String iri, String fallback) {
            Ref r = ref(iri);
            return r.label().equals(iri) && !fallback.isEmpty() ? new Ref(iri, r.notation(), fallback) : r;
        }

        private Ref read(String iri) {
            Names names = new Names();
            for (Binding row : reader.select(VocabularyQuery.SUMMARY, Map.of("resource", NodeFactory.createURI(iri)))) {
                names.add(row.get("property").getURI(), row.get("value"));
            }
            Optional<String> notation = names.notation();
            return new Ref(iri, notation.orElse(null), names.label(lang).or(() -> notation).orElse(iri));
        }
    }
}

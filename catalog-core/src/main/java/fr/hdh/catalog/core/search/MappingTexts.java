package fr.hdh.catalog.core.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads the {@link MappedText}s of a mapping set's record (SSSOM stored the way {@code vocab.mapping} stores
 * it: the plain match triple, and the mapping reified as an {@code owl:Axiom} with its slots). Each match
 * gives its subject the words of the target's label ({@code object_label}) and of the target's own name
 * ({@code person/field/year_of_birth}, {@code Patient.birthDate}), split at underscores, dots and case
 * changes. A rejected mapping gives nothing; negated ones have no plain triple and give nothing either.
 */
final class MappingTexts {
    private static final String SSSOM = "https://w3id.org/sssom/";
    private static final Node MAPPING_SET = NodeFactory.createURI(SSSOM + "MappingSet");
    private static final Node OBJECT_LABEL = NodeFactory.createURI(SSSOM + "object_label");
    private static final Node STATUS = NodeFactory.createURI("http://www.w3.org/ns/adms#status");
    private static final List<Node> MATCHES = List.of(SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode(),
            SKOS.broadMatch.asNode(), SKOS.narrowMatch.asNode(), SKOS.relatedMatch.asNode());
    private static final Pattern CASE_CHANGE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern SEPARATORS = Pattern.compile("[_./#:\\-]+");

    private MappingTexts() {}

    static List<MappedText> of(String recordIri, Graph g) {
        if (!g.contains(NodeFactory.createURI(recordIri), RDF.type.asNode(), MAPPING_SET)) {
            return List.of();
        }
        List<MappedText> out = new ArrayList<>();
        for (Node match : MATCHES) {
            g.find(Node.ANY, match, Node.ANY).forEachRemaining(t -> {
                if (!t.getSubject().isURI() || !t.getObject().isURI()) {
                    return;
                }
                Set<String> words = new LinkedHashSet<>();
                boolean rejected = false;
                for (Node axiom : g.find(Node.ANY, OWL2.annotatedSource.asNode(), t.getSubject()).mapWith(x -> x.getSubject()).toList()) {
                    if (!g.contains(axiom, OWL2.annotatedTarget.asNode(), t.getObject())) {
                        continue;
                    }
                    rejected |= g.find(axiom, STATUS, Node.ANY).toList().stream()
                            .anyMatch(s -> s.getObject().isLiteral() && s.getObject().getLiteralLexicalForm().equalsIgnoreCase("rejected"));
                    g.find(axiom, OBJECT_LABEL, Node.ANY).forEachRemaining(l -> {
                        if (l.getObject().isLiteral()) {
                            words.add(split(l.getObject().getLiteralLexicalForm()));
                        }
                    });
                }
                words.add(split(localName(t.getObject().getURI())));
                if (!rejected) {
                    out.add(new MappedText(t.getSubject().getURI(), String.join(" ", words)));
                }
            });
        }
        return out;
    }

    /** The last two segments of an IRI: OMOP's {@code person/field/year_of_birth} names its table too. */
    private static String localName(String iri) {
        String[] parts = iri.split("[/#]");
        int n = parts.length;
        return n >= 3 && "field".equals(parts[n - 2]) ? parts[n - 3] + " " + parts[n - 1] : parts[n - 1];
    }

    /** {@code Patient.birthDate} → {@code Patient birth Date}; {@code year_of_birth} → {@code year of birth}. */
    static String split(String name) {
        return SEPARATORS.matcher(CASE_CHANGE.matcher(name).replaceAll(" ")).replaceAll(" ").trim();
    }
}

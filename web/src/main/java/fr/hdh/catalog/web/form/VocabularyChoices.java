package fr.hdh.catalog.web.form;

import fr.hdh.catalog.vocab.eu.EuAuthority;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The controlled values the dataset form offers, from the bundled EU vocabularies
 * ({@link EuVocabularies}): the HealthDCAT-AP health categories, the legislation the catalogue knows
 * (ELI legal resources) and the EU file types, each as an IRI with its label in the reader's language
 * (English where the table has no label in it). A value not in these lists is refused by the form, so a
 * producer chooses, never types, them. Built once per language.
 */
public final class VocabularyChoices {
    /** One value to choose: its IRI and its label. */
    public record Choice(String iri, String label) {}

    static final String HEALTH_CATEGORIES = "https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories";
    static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type";
    private static final Node LEGAL_RESOURCE = NodeFactory.createURI("http://data.europa.eu/eli/ontology#LegalResource");
    private static final VocabularyChoices BUNDLED = new VocabularyChoices();

    private final ConcurrentMap<String, List<Choice>> cache = new ConcurrentHashMap<>();

    private VocabularyChoices() {}

    static VocabularyChoices bundled() {
        return BUNDLED;
    }

    List<Choice> healthCategories(String lang) {
        return cache.computeIfAbsent("hc:" + lang, k -> inScheme(HEALTH_CATEGORIES, lang));
    }

    List<Choice> legislation(String lang) {
        return cache.computeIfAbsent("eli:" + lang, k -> {
            Graph g = EuVocabularies.bundled().background();
            return sorted(g.find(Node.ANY, RDF.type.asNode(), LEGAL_RESOURCE).mapWith(Triple::getSubject)
                    .filterKeep(Node::isURI).mapWith(s -> new Choice(s.getURI(), label(g, s, lang))).toList(), lang);
        });
    }

    List<Choice> fileTypes(String lang) {
        return cache.computeIfAbsent("ft:" + lang, k -> inScheme(FILE_TYPES, lang));
    }

    static Set<String> iris(List<Choice> choices) {
        return Set.copyOf(choices.stream().map(Choice::iri).toList());
    }

    /** The EHDS regulation, the legislation a new health dataset is offered first. */
    static String ehds() {
        return EuAuthority.EHDS_REGULATION.getURI();
    }

    private static List<Choice> inScheme(String scheme, String lang) {
        Graph g = EuVocabularies.bundled().background();
        return sorted(g.find(Node.ANY, SKOS.inScheme.asNode(), NodeFactory.createURI(scheme)).mapWith(Triple::getSubject)
                .filterKeep(Node::isURI).mapWith(s -> new Choice(s.getURI(), label(g, s, lang))).toList(), lang);
    }

    private static List<Choice> sorted(List<Choice> choices, String lang) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
        return choices.stream().distinct().sorted(Comparator.comparing(Choice::label, collator)).toList();
    }

    private static String label(Graph g, Node s, String lang) {
        List<Node> labels = g.find(s, SKOS.prefLabel.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
        return labels.stream().filter(l -> lang.equals(l.getLiteralLanguage())).findFirst()
                .or(() -> labels.stream().filter(l -> "en".equals(l.getLiteralLanguage())).findFirst())
                .or(() -> labels.stream().findFirst())
                .map(Node::getLiteralLexicalForm).orElse(s.getURI());
    }
}

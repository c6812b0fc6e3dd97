package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.record.DatasetWorkflow;
import fr.hdh.catalog.core.record.RecordVersion;
import fr.hdh.catalog.web.page.GraphLabels;
import fr.hdh.catalog.web.page.view.Lang;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The producers' records as the form pages name them: a dataset of this catalogue by its id (the local name
 * of {@code <base>dataset/<id>}), its latest version and content, its title, and whether a user is one of its
 * producers. Reads only; every change goes through the {@link DatasetWorkflow}.
 */
final class Drafts {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private final Catalog catalog;

    Drafts(Catalog catalog) {
        this.catalog = catalog;
    }

    DatasetWorkflow workflow() {
        return catalog.workflow();
    }

    Catalog catalog() {
        return catalog;
    }

    /** Whether {@code id} may name a dataset (checked before it goes into an IRI or an address). */
    static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    String iri(String id) {
        return catalog.iris().dataset(id);
    }

    /** The id of a dataset of this catalogue, or empty for a record kept under another IRI. */
    Optional<String> id(String iri) {
        String prefix = catalog.iris().dataset("");
        return iri.startsWith(prefix) && validId(iri.substring(prefix.length())) ? Optional.of(iri.substring(prefix.length()))
                : Optional.empty();
    }

    RecordVersion latest(String iri) {
        List<RecordVersion> history = workflow().history(iri);
        return history.get(history.size() - 1);
    }

    /** A copy of version {@code number}'s content, free to change. */
    Graph contentCopy(String iri, int number) {
        Graph copy = GraphFactory.createDefaultGraph();
        workflow().content(iri, number).find().forEachRemaining(copy::add);
        return copy;
    }

    /** Whether {@code user} writes for every publisher of {@code content} (a curator for any). */
    static boolean producerOf(User user, Graph content, String iri) {
        if (user.role().curates()) {
            return true;
        }
        List<String> publishers = content.find(NodeFactory.createURI(iri), DCTerms.publisher.asNode(), Node.ANY)
                .filterKeep(t -> t.getObject().isURI()).mapWith(t -> t.getObject().getURI()).toList();
        return !publishers.isEmpty() && publishers.stream().allMatch(user::mayWriteFor);
    }

    /** The title in {@code lang}, else in any language, else the id. */
    static String title(Graph content, String iri, String lang, String fallback) {
        Node ds = NodeFactory.createURI(iri);
        List<Node> titles = content.find(ds, DCTerms.title.asNode(), Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(Node::isLiteral).toList();
        return titles.stream().filter(t -> lang.equals(t.getLiteralLanguage())).findFirst().or(() -> titles.stream().findFirst())
                .map(Node::getLiteralLexicalForm).orElse(fallback);
    }

    /** The organisations {@code user} may choose as publisher, by name in {@code lang}; none for a curator (who types one). */
    List<Organisation> organisations(User user, Lang lang) {
        if (user.role().curates()) {
            return List.of();
        }
        return user.organisations().stream().map(iri -> new Organisation(iri, catalog.store().read(() -> catalog.store().recordGraph(iri))
                        .map(g -> new GraphLabels(g, lang).of(NodeFactory.createURI(iri))).orElse(iri)))
                .sorted(java.util.Comparator.comparing(Organisation::name)).toList();
    }

    static RecordSource source(User user) {
        return new RecordSource("web:forms", user.name());
    }
}

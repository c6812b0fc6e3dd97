package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.web.page.GraphLabels;
import fr.hdh.catalog.web.page.MemberSource;
import fr.hdh.catalog.web.page.MemberSource.FoldedLine;
import fr.hdh.catalog.web.page.ResourcePage;
import fr.hdh.catalog.web.page.view.Lang;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;

/**
 * The members of a large concept scheme read from its stored graph, only those a page shows: their IRIs were listed
 * when the scheme was resolved; codes and labels are read, in one read transaction, for the lines asked for.
 */
final class StoreMembers implements MemberSource {
    /** Up to this many lines (a page), each is read by its own look-ups. */
    private static final int ONE_BY_ONE = 500;
    private final CatalogStore store;
    private final String scheme;
    private final List<String> iris;
    private final FoldedMembers folded;

    StoreMembers(CatalogStore store, String scheme, List<String> iris, FoldedMembers folded) {
        this.store = store;
        this.scheme = scheme;
        this.iris = List.copyOf(iris);
        this.folded = folded;
    }

    /** As the interface says; every line read and folded once per store version, then kept ({@link FoldedMembers}). */
    @Override
    public List<String> matching(String wanted, Lang lang) {
        return folded.of(scheme, lang, store.version(), () -> members(iris, lang)).stream()
                .filter(line -> line.holds(wanted)).map(FoldedLine::iri).toList();
    }

    @Override
    public List<String> iris() {
        return iris;
    }

    @Override
    public List<Member> members(List<String> wanted, Lang lang) {
        return store.read(() -> store.storedGraph(scheme).map(g -> {
            GraphLabels labels = new GraphLabels(g, lang);
            if (wanted.size() <= ONE_BY_ONE) {
                return wanted.stream().map(iri -> ResourcePage.member(g, labels, scheme, iri)).toList();
            }
            // Many (a filter over the whole list): two scans of the list's notations and preferred labels instead
            // of a dozen look-ups per code; a code without either is read one by one.
            Map<Node, String> codes = new HashMap<>();
            g.find(Node.ANY, SKOS.notation.asNode(), Node.ANY).forEachRemaining(t ->
                    codes.putIfAbsent(t.getSubject(), labels.of(t.getObject())));
            Map<Node, Map<String, String>> names = new HashMap<>();
            g.find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    names.computeIfAbsent(t.getSubject(), k -> new TreeMap<>())
                            .merge(t.getObject().getLiteralLanguage().toLowerCase(Locale.ROOT),
                                    t.getObject().getLiteralLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            });
            return wanted.stream().map(iri -> {
                Node node = NodeFactory.createURI(iri);
                String code = codes.get(node);
                Map<String, String> byLang = names.get(node);
                if (code == null || byLang == null) {
                    return ResourcePage.member(g, labels, scheme, iri);
                }
                String label = Optional.ofNullable(byLang.get(lang.tag())).or(() -> Optional.ofNullable(byLang.get(lang.other().tag())))
                        .orElseGet(() -> byLang.getOrDefault("", byLang.values().iterator().next()));
                return new Member(iri, code, label);
            }).toList();
        }).orElse(List.of()));
    }
}

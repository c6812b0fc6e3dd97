package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.text.Folding;
import fr.hdh.catalog.ontologies.Namespaces;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.Link;
import fr.hdh.catalog.web.page.view.MemberList;
import fr.hdh.catalog.web.page.view.ResourceView;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * Any resource that is not a dataset, a table, a variable or a producer (those have pages of their own,
 * {@code web.page.record}): a code list, a concept, a distribution, for a browser: its properties and values, then the resources described beneath it (a code list's
 * concepts): with their properties when they are few, one line each (code and label) when many.
 */
public final class ResourcePage {
    /** Above this many resources beneath, they are listed one line each rather than with their properties. */
    public static final int DETAILED_MEMBERS = 100;
    /** Lines on one page of a long member list: the 19,000 codes of CIM-10 come 200 at a time. */
    static final int LINES_PER_PAGE = 200;
    private static final Node NOTATION = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#notation");

    private final LocalLinks links;

    public ResourcePage(LocalLinks links) {
        this.links = links;
    }

    public ResourceView view(Graph graph, String iri, String path, Lang lang) {
        return view(graph, iri, path, lang, MemberQuery.FIRST);
    }

    /** The page of the resource, with page {@code query.page()} of its members holding {@code query.filter()} when they are many. */
    public ResourceView view(Graph graph, String iri, String path, Lang lang, MemberQuery query) {
        GraphLabels labels = new GraphLabels(graph, lang);
        Set<String> below = new TreeSet<>();
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(iri + "/")) {
                below.add(t.getSubject().getURI());
            }
        });
        if (below.size() > DETAILED_MEMBERS) {
            return view(graph, iri, path, lang, query, new GraphMembers(graph, labels, iri, List.copyOf(below)));
        }
        List<ResourceView.Member> details = below.stream().map(child -> {
            Node c = NodeFactory.createURI(child);
            return new ResourceView.Member(code(graph, labels, c), links.link(child, labels.of(c)), properties(graph, labels, c));
        }).toList();
        Node subject = NodeFactory.createURI(iri);
        return new ResourceView(labels.of(subject), iri, properties(graph, labels, subject), details, Optional.empty(), Formats.of(path));
    }

    /**
     * The page of a resource with many members read from {@code members} (the store, a page at a time), not from
     * {@code graph}, which then holds the resource's own description only.
     */
    public ResourceView view(Graph graph, String iri, String path, Lang lang, MemberQuery query, MemberSource members) {
        GraphLabels labels = new GraphLabels(graph, lang);
        Node subject = NodeFactory.createURI(iri);
        return new ResourceView(labels.of(subject), iri, properties(graph, labels, subject), List.of(),
                Optional.of(members(members, lang, path, query)), Formats.of(path));
    }

    /**
     * Many resources beneath (the 19,000 codes of CIM-10): one line each, code then label, {@value #LINES_PER_PAGE}
     * to a page, those whose code or label holds the filter text (case and accents aside); each code links
     * to its own page. Without a filter only the page's own lines are read.
     */
    private MemberList members(MemberSource source, Lang lang, String path, MemberQuery query) {
        String wanted = Folding.fold(query.filter());
        List<String> iris = source.iris();
        List<String> matching = wanted.isEmpty() ? iris : source.matching(wanted, lang);
        int pages = Math.max(1, (matching.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
        int page = Math.min(query.page(), pages);
        int from = (page - 1) * LINES_PER_PAGE;
        int to = Math.min(matching.size(), from + LINES_PER_PAGE);
        List<ResourceView.Line> lines = source.members(matching.subList(from, to), lang).stream().map(m -> {
            boolean saysMore = !m.label().equals(m.code()) && !m.label().equals(Namespaces.shortForm(m.iri()));
            return new ResourceView.Line(links.link(m.iri(), m.code()), saysMore ? Optional.of(m.label()) : Optional.<String>empty());
        }).toList();
        String action = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return new MemberList(lines, iris.size(), matching.size(), matching.isEmpty() ? 0 : from + 1, to,
                query.filter(),
                page > 1 ? Optional.of(pageHref(path, page - 1, query.filter())) : Optional.empty(),
                page < pages ? Optional.of(pageHref(path, page + 1, query.filter())) : Optional.empty(), action);
    }

    /** The members as the page's graph holds them. */
    private record GraphMembers(Graph graph, GraphLabels labels, String iri, List<String> iris) implements MemberSource {
        @Override
        public List<Member> members(List<String> wanted, Lang lang) {
            return wanted.stream().map(child -> member(graph, labels, iri, child)).toList();
        }
    }

    /**
     * The line of member {@code child} of {@code iri} as {@code graph} describes it: its code from
     * {@code skos:notation}, else from its IRI; its label in the language of {@code labels}.
     */
    public static MemberSource.Member member(Graph graph, GraphLabels labels, String iri, String child) {
        Node c = NodeFactory.createURI(child);
        String code = graph.find(c, NOTATION, Node.ANY).nextOptional().map(t -> labels.of(t.getObject()))
                .orElseGet(() -> decoded(child.startsWith(iri + "/") ? child.substring(iri.length() + 1)
                        : child.substring(Math.max(child.lastIndexOf('/'), child.lastIndexOf('#')) + 1)));
        return new MemberSource.Member(child, code, labels.of(c));
    }

    /** The address of page {@code page} with filter {@code filter}, on the path of the resource's page (which may hold {@code ?iri=}). */
    private static String pageHref(String path, int page, String filter) {
        StringBuilder href = new StringBuilder(path).append(path.contains("?") ? '&' : '?').append("page=").append(page);
        if (!filter.isEmpty()) {
            href.append("&q=").append(java.net.URLEncoder.encode(filter, StandardCharsets.UTF_8));
        }
        return href.toString();
    }

    /** A resource's code ({@code skos:notation}) or technical name ({@code csvw:name}), when it has one that is not its label. */
    private static Optional<String> code(Graph graph, GraphLabels labels, Node node) {
        String label = labels.of(node);
        return java.util.stream.Stream.of(NOTATION, DatasetTerms.CSVW_NAME)
                .flatMap(p -> graph.find(node, p, Node.ANY).nextOptional().stream())
                .map(t -> labels.of(t.getObject())).filter(code -> !code.equals(label)).findFirst();
    }

    /** A path segment as minted (percent-encoded), shown decoded; left as it is when it does not decode. */
    private static String decoded(String segment) {
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return segment;
        }
    }

    private List<ResourceView.Property> properties(Graph graph, GraphLabels labels, Node subject) {
        List<Triple> triples = graph.find(subject, Node.ANY, Node.ANY).toList();
        triples.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        return triples.stream().map(t -> property(labels, t)).toList();
    }

    private ResourceView.Property property(GraphLabels labels, Triple t) {
        String property = Namespaces.shortForm(t.getPredicate().getURI());
        Node o = t.getObject();
        if (o.isURI()) {
            return new ResourceView.Property(property, links.link(o.getURI(), labels.of(o)), "");
        }
        if (o.isLiteral()) {
            return new ResourceView.Property(property, Link.text(o.getLiteralLexicalForm()), o.getLiteralLanguage());
        }
        return new ResourceView.Property(property, Link.text(labels.of(o)), "");
    }
}

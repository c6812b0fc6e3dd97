package fr.hdh.catalog.vocab.scheme;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.RecordSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;

/**
 * The graph that keeps one version of a scheme: the scheme and its concepts as that version had them,
 * and, about the graph itself, {@code dct:isVersionOf} the scheme, {@code owl:versionInfo}, {@code dct:issued}
 * (when it was loaded) and {@code dct:source} (the file or request it came from). It is named under the
 * catalogue's base, {@code vocabulary-version/<scheme IRI>/<version>} (both percent-encoded), so a scheme
 * of another authority gets no IRI minted in that authority's namespace.
 */
final class VersionGraphs {
    private VersionGraphs() {}

    static String name(CatalogIris iris, String schemeIri, String version) {
        return iris.base() + "vocabulary-version/" + seg(schemeIri) + "/" + seg(version);
    }

    /**
     * The content of {@code scheme} at {@code version}, with what the version graph says of itself; without
     * {@code dct:issued} when {@code loaded} is null (a record kept from before versions were, whose load time is unknown here).
     */
    static Graph of(String name, SchemeGraph scheme, Graph content, String version, RecordSource source, Instant loaded) {
        Graph g = GraphFactory.createDefaultGraph();
        content.find().forEachRemaining(g::add);
        Node self = NodeFactory.createURI(name);
        g.add(self, DCTerms.isVersionOf.asNode(), scheme.node());
        g.add(self, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(version));
        if (loaded != null) {
            g.add(self, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(loaded.toString(), XSDDatatype.XSDdateTime));
        }
        g.add(self, DCTerms.source.asNode(), NodeFactory.createLiteralString(source.uri()));
        return g;
    }

    private static String seg(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}

package fr.hdh.catalog.vocab.scheme;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.record.Change;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;

/**
 * Loads a version of a concept scheme. The scheme's IRI stays the same from version to version; the record
 * graph it names holds the current version, the one search and the pages read; each version loaded is
 * also kept whole in a version graph of its own ({@link VersionGraphs}), and the record lists every
 * version graph with {@code dct:hasVersion}. The version loaded last is the current one (loading an
 * older version again makes it current again; loading a version already kept replaces its graph). A
 * record of the scheme written before any versioned load (a harvested CodeSystem, say) is kept as the version
 * its {@code owl:versionInfo} names, when it names one other than the version loaded. The
 * record and the version graph are written by the one writer in one transaction, after the record is
 * validated; nothing is written when it fails.
 *
 * <pre>
 * SchemeVersions.Loaded v2 = new SchemeVersions(catalog).load(scheme, Optional.of("2"), new RecordSource("file:///x.csv", "cli"));
 * </pre>
 */
public final class SchemeVersions {
    private final Catalog catalog;
    private final Clock clock;

    public SchemeVersions(Catalog catalog) {
        this(catalog, Clock.systemUTC());
    }

    public SchemeVersions(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * What a load did.
     *
     * @param scheme the scheme's IRI (its record)
     * @param version the version loaded, now the current one
     * @param versionGraph the graph keeping this version
     * @param change what happened to the record
     * @param concepts how many concepts the version holds
     * @param versionGraphs every version graph the record lists, this one included
     * @param notes what the reader left out of the file, and why
     */
    public record Loaded(String scheme, String version, String versionGraph, Change change, int concepts,
                         List<String> versionGraphs, List<String> notes) {}

    /**
     * Writes {@code scheme} as its version {@code requested}, else the one its file declares.
     *
     * @throws MalformedInputException when no version is known, or the two disagree
     */
    public synchronized Loaded load(SchemeGraph scheme, Optional<String> requested, RecordSource source) {
        String version = version(scheme, requested.map(String::strip).filter(v -> !v.isEmpty()), source);
        Node node = scheme.node();
        Graph content = GraphFactory.createDefaultGraph();
        scheme.graph().find().forEachRemaining(t -> {
            if (!(t.getSubject().equals(node) && t.getPredicate().equals(OWL.versionInfo.asNode()))) {
                content.add(t);
            }
        });
        content.add(node, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(version));
        String versionGraph = VersionGraphs.name(catalog.iris(), scheme.iri(), version);
        Instant now = clock.instant();
        Graph kept = VersionGraphs.of(versionGraph, scheme, content, version, source, now);

        Map<String, Graph> derived = new LinkedHashMap<>();
        derived.put(versionGraph, kept);
        Optional<Graph> previous = catalog.records().content(scheme.iri());
        List<String> versions = new ArrayList<>(previous.map(g -> versionGraphs(node, g)).orElse(List.of()));
        previous.filter(g -> versions.isEmpty()).ifPresent(g -> keepUnversioned(scheme, g, version, source, derived, versions));
        if (!versions.contains(versionGraph)) {
            versions.add(versionGraph);
        }
        Graph record = GraphFactory.createDefaultGraph();
        content.find().forEachRemaining(record::add);
        versions.forEach(v -> record.add(node, DCTerms.hasVersion.asNode(), NodeFactory.createURI(v)));
        Change change = catalog.records().put(new CatalogRecord(scheme.iri(), RecordKind.VOCABULARY, record, source), derived);
        int concepts = content.find(Node.ANY, SKOS.inScheme.asNode(), node).toList().size();
        return new Loaded(scheme.iri(), version, versionGraph, change, concepts, List.copyOf(versions), scheme.notes());
    }

    /** The version graphs the record of {@code schemeIri} lists, in IRI order; empty when there is no record. */
    public List<String> versionGraphs(String schemeIri) {
        Node node = NodeFactory.createURI(schemeIri);
        return catalog.records().content(schemeIri).map(g -> versionGraphs(node, g)).orElse(List.of());
    }

    private static List<String> versionGraphs(Node scheme, Graph record) {
        return record.find(scheme, DCTerms.hasVersion.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isURI).mapWith(Node::getURI).toList().stream().sorted().toList();
    }

    /** Keeps a record written before versions were, as the version it names, unless that is the version loaded. */
    private void keepUnversioned(SchemeGraph scheme, Graph stored, String loading, RecordSource source,
                                 Map<String, Graph> derived, List<String> versions) {
        stored.find(scheme.node(), OWL.versionInfo.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .nextOptional().map(Node::getLiteralLexicalForm).map(String::strip)
                .filter(v -> !v.isEmpty() && !v.equals(loading))
                .ifPresent(v -> {
                    String name = VersionGraphs.name(catalog.iris(), scheme.iri(), v);
                    derived.put(name, VersionGraphs.of(name, scheme, stored, v,
                            new RecordSource(scheme.iri(), source.agent()), null));
                    versions.add(name);
                });
    }

    private static String version(SchemeGraph scheme, Optional<String> requested, RecordSource source) {
        Optional<String> declared = scheme.declaredVersion();
        if (requested.isPresent() && declared.isPresent() && !requested.get().equals(declared.get())) {
            throw new MalformedInputException(source.uri(), -1, "version: the file says " + declared.get()
                    + ", the request says " + requested.get() + "; give the file's version or none", null);
        }
        return requested.or(() -> declared).orElseThrow(() -> new MalformedInputException(source.uri(), -1,
                "version: the file declares none (owl:versionInfo, CodeSystem.version); give one", null));
    }
}

package fr.hdh.catalog.vocab.eu;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.GraphDescriptions;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sys.JenaSystem;

/**
 * The bundled EU vocabularies as one in-memory graph: the validation background for what records
 * point to (themes, frequencies, access rights, health categories, publisher types), and the source of
 * one catalogue record per concept scheme.
 *
 * <p>The graph is built once, on first use (about 23,000 triples, around a second in a fresh JVM;
 * see {@link #buildTime()}), so a process that never validates never pays for it.
 *
 * <pre>
 * EuVocabularies eu = EuVocabularies.bundled();
 * RecordValidator validator = new RecordValidator(ShapesLibrary.load(), producers.and(eu.lookup()));
 * boolean isConcept = eu.background().contains(EuAuthority.DATA_THEME_HEALTH, RDF.type.asNode(), SKOS.Concept.asNode());
 * </pre>
 */
public final class EuVocabularies {
    static {
        // Jena must initialise before any of its vocabulary classes: touched first, org.apache.jena.vocabulary.RDF
        // meets itself half-built during Jena's (and TDB2's) start-up and the whole JVM loses Jena.
        JenaSystem.init();
    }

    private static final EuVocabularies BUNDLED = new EuVocabularies();

    private volatile Graph background;
    private volatile Duration buildTime;

    private EuVocabularies() {}

    /** The vocabularies on the classpath, shared by the whole process. */
    public static EuVocabularies bundled() {
        return BUNDLED;
    }

    /** Every concept, scheme and supplement triple, read-only; built on first call. */
    public Graph background() {
        Graph g = background;
        if (g == null) {
            synchronized (this) {
                if (background == null) {
                    background = build();
                }
                g = background;
            }
        }
        return g;
    }

    /** A lookup over {@link #background()} for {@code RecordValidator}. */
    public ReferenceLookup lookup() {
        // The graph is built at the first lookup, not when the validator is constructed.
        return (resource, sink) -> {
            Graph g = background();
            if (g.contains(resource, Node.ANY, Node.ANY)) {
                GraphDescriptions.copy(g, resource, sink);
            } else {
                AuthorityTableTypes.describeInto(resource, sink);
            }
        };
    }

    /** One VOCABULARY record per concept scheme of the official files, with its concepts. */
    public List<CatalogRecord> records(RecordSource source) {
        return ConceptSchemeRecords.cut(background(), source);
    }

    /** How long building the background took (the first call of {@link #background()} builds it). */
    public Duration buildTime() {
        background();
        return buildTime;
    }

    private Graph build() {
        long start = System.nanoTime();
        Graph g = GraphFactory.createDefaultGraph();
        for (BundledVocabulary file : BundledVocabulary.values()) {
            VocabularyParser.readInto(file, g);
        }
        FileTypes.typeAsMediaTypes(g);
        IsoAuthorityTables.addTo(g);
        buildTime = Duration.ofNanos(System.nanoTime() - start);
        return new GraphReadOnly(g);
    }
}

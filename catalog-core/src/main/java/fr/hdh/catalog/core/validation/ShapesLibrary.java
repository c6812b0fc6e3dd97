package fr.hdh.catalog.core.validation;

import fr.hdh.catalog.ontologies.ProfileResource;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * The application profile's shapes, parsed once per {@link ValidationProfile}: the official DCAT-AP 3.0.0
 * core and range shapes and our own shapes for every profile; for health profiles, the HealthDCAT-AP
 * release 8 shapes of the access level and our health shapes on top.
 *
 * <p>The official files stay exactly as published; two mends are applied to the parsed graph, never
 * to the files:
 * <ol>
 * <li>{@code owl:imports} of the DCAT-AP 3.0.0 shapes by URL is dropped: the same file is loaded from
 * the classpath, so nothing is fetched at run time.</li>
 * <li>HealthDCAT-AP's {@code :Dataset_Shape} holds one {@code sh:property} without {@code sh:path}
 * whose only constraint is an {@code sh:or} ("hasStructuredData true needs hasVariables"). Jena refuses
 * a property shape without a path. The node is re-attached as a node shape with the same targets,
 * which is what the authors meant: the {@code sh:or} alternatives are themselves property shapes on
 * the focus dataset.</li>
 * </ol>
 */
public final class ShapesLibrary {
    private final Map<ValidationProfile, Shapes> byProfile = new EnumMap<>(ValidationProfile.class);
    private RangeEntailment dcatApRanges;
    private final Graph subclasses = GraphFactory.createDefaultGraph();

    /** Parses the shapes of the four profiles (about 100 ms). */
    public static ShapesLibrary load() {
        ShapesLibrary library = new ShapesLibrary();
        Graph common = GraphFactory.createDefaultGraph();
        readInto(common, ProfileResource.DCAT_AP_3_0_0_SHAPES);
        readInto(common, ProfileResource.DCAT_AP_3_0_0_RANGE);
        readInto(common, ProfileResource.HDH_SHAPES);
        Graph ranges = GraphFactory.createDefaultGraph();
        readInto(ranges, ProfileResource.DCAT_AP_3_0_0_RANGE);
        library.dcatApRanges = RangeEntailment.of(ranges);
        readInto(library.subclasses, ProfileResource.VOCABULARY_SUBCLASSES);
        for (ValidationProfile profile : ValidationProfile.values()) {
            Graph g = GraphFactory.createDefaultGraph();
            common.find().forEachRemaining(g::add);
            profile.healthLevel().ifPresent(level -> {
                readInto(g, level.shapes());
                readInto(g, ProfileResource.HDH_HEALTH_SHAPES);
            });
            mend(g);
            library.byProfile.put(profile, Shapes.parse(g));
        }
        return library;
    }

    /**
     * The library shared by the whole JVM, parsed at first use; the shapes are immutable once parsed,
     * so there is no reason to parse them twice.
     */
    public static ShapesLibrary shared() {
        return Shared.LIBRARY;
    }

    private static final class Shared {
        private static final ShapesLibrary LIBRARY = load();
    }

    /** The parsed shapes of one profile. */
    public Shapes shapes(ValidationProfile profile) {
        return byProfile.get(profile);
    }

    /**
     * The {@code rdfs:subClassOf} statements of FOAF, vCard, DCMI Terms and ORG that {@code sh:class} needs in
     * the data graph (a {@code foaf:Organization} is a {@code foaf:Agent}).
     */
    Graph vocabularySubclasses() {
        return subclasses;
    }

    /** DCAT-AP 3.0.0's class ranges, entailed for generic DCAT-AP records. */
    RangeEntailment dcatApRanges() {
        return dcatApRanges;
    }

    /** The parsed shapes of a health dataset of the given access level. */
    public Shapes shapes(AccessProfile level) {
        return shapes(ValidationProfile.health(level));
    }

    /** Reads one profile file, as published, into {@code graph}. */
    public static void readInto(Graph graph, ProfileResource resource) {
        try (InputStream in = resource.open()) {
            RDFParser.source(in).lang(Lang.TURTLE).base(resource.publicIri()).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.path(), e);
        }
    }

    static void mend(Graph g) {
        g.find(Node.ANY, OWL.imports.asNode(), Node.ANY).toList().forEach(g::delete);
        List<Triple> pathless = g.find(Node.ANY, SHACL.property, Node.ANY)
                .filterKeep(t -> !g.contains(t.getObject(), SHACL.path, Node.ANY))
                .toList();
        for (Triple t : pathless) {
            Node owner = t.getSubject();
            Node shape = t.getObject();
            g.delete(t);
            g.add(shape, RDF.type.asNode(), SHACL.NodeShape);
            g.find(owner, SHACL.targetClass, Node.ANY)
                    .toList()
                    .forEach(target -> g.add(shape, SHACL.targetClass, target.getObject()));
        }
    }
}

package fr.hdh.catalog.core.validation;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.ontologies.Namespaces;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

/**
 * Validates one record against the profile of each of its datasets ({@link ProfileSelection}): HealthDCAT-AP
 * at the dataset's access level for health datasets, DCAT-AP 3.0.0 for generic ones.
 *
 * <p>The data graph is the record plus the descriptions of what it points to (two hops), found
 * through a {@link ReferenceLookup}: the publisher's record, the theme's concept, the code list's
 * scheme. Only findings about the record's own resources are reported: a fault in the publisher's
 * record belongs to that record.
 *
 * <pre>
 * RecordValidator validator = new RecordValidator(ShapesLibrary.load(), background);
 * ValidationReport report = validator.validate(record);
 * if (!report.conforms()) System.err.println(report.toText());
 * </pre>
 */
public final class RecordValidator {
    private static final int REFERENCE_HOPS = 2;

    private final Supplier<ShapesLibrary> shapes;
    private final ReferenceLookup references;

    public RecordValidator(ShapesLibrary shapes, ReferenceLookup references) {
        this(() -> shapes, references);
    }

    /** A validator that parses its shapes only when it first validates (start-up stays fast). */
    public RecordValidator(Supplier<ShapesLibrary> shapes, ReferenceLookup references) {
        this.shapes = shapes;
        this.references = references;
    }

    /**
     * Parses the shapes and asks the references once, so whatever they build at first use (the
     * controlled vocabularies' background) is built now: a harvest runs this on another core while it
     * reads its source, instead of waiting for it at its first validation.
     */
    public void prepare() {
        shapes.get();
        references.describeInto(NodeFactory.createURI("urn:hdh:validation:prepare"), GraphFactory.createDefaultGraph());
    }

    /** The lookup this validator uses for what records point to. */
    public ReferenceLookup references() {
        return references;
    }

    /** A validator using other references, with the same shapes. */
    public RecordValidator withReferences(ReferenceLookup other) {
        return new RecordValidator(shapes, other);
    }

    public ValidationReport validate(CatalogRecord record) {
        return validate(record.iri(), record.content());
    }

    public ValidationReport validate(String recordIri, Graph content) {
        Map<ValidationProfile, Set<Node>> byProfile = ProfileSelection.datasetsByProfile(content);
        Graph data = withReferences(content);
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<ValidationProfile, Set<Node>> group : byProfile.entrySet()) {
            Set<Node> othersDatasets = new HashSet<>();
            byProfile.forEach((p, datasets) -> {
                if (p != group.getKey()) {
                    othersDatasets.addAll(datasets);
                }
            });
            ValidationProfile profile = group.getKey();
            Graph profileData = profile == ValidationProfile.DCAT_AP ? shapes.get().dcatApRanges().entail(data) : data;
            org.apache.jena.shacl.ValidationReport jenaReport =
                    ShaclValidator.get().validate(shapes.get().shapes(profile), profileData);
            for (ReportEntry entry : jenaReport.getEntries()) {
                // A dataset is judged by its own profile only; the rest of the record by every profile in play.
                if (content.contains(entry.focusNode(), Node.ANY, Node.ANY) && !othersDatasets.contains(entry.focusNode())) {
                    findings.add(toFinding(entry));
                }
            }
        }
        // Two official shapes may say the same thing of the same value (a minCount and an sh:hasValue
        // sharing one sh:message): report it once.
        List<Finding> distinct = findings.stream().distinct()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::focusNode).thenComparing(Finding::path))
                .toList();
        String profiles = byProfile.keySet().stream().map(ValidationProfile::describe).collect(Collectors.joining("; "));
        return new ValidationReport(recordIri, profiles, distinct);
    }

    /** The profile of the record's first dataset, or of the record itself when it has none. */
    static ValidationProfile profileOf(Graph content) {
        return ProfileSelection.datasetsByProfile(content).keySet().iterator().next();
    }

    /**
     * The record with what it points to: a union view over the record as it is (not copied: a code list
     * holds 18,000 concepts) and a small graph of the referenced descriptions and the vocabularies'
     * subclass facts. The two never share a triple (descriptions are of nodes the record does not
     * describe, subclass facts it restates are left out), so the view is a disjoint union: Jena's
     * {@code Union} would remember every record triple a look-up meets, to drop duplicates there are none of.
     */
    private Graph withReferences(Graph content) {
        Graph added = GraphFactory.createDefaultGraph();
        Graph data = new DisjointUnion(content, added);
        shapes.get().vocabularySubclasses().find().filterDrop(content::contains).forEachRemaining(added::add);
        Set<Node> looked = new HashSet<>();
        Set<Node> frontier = GraphDescriptions.dangling(content);
        for (int hop = 0; hop < REFERENCE_HOPS && !frontier.isEmpty(); hop++) {
            Graph found = GraphFactory.createDefaultGraph();
            for (Node n : frontier) {
                references.describeInto(n, found);
            }
            looked.addAll(frontier);
            found.find().forEachRemaining(added::add);
            frontier = GraphDescriptions.dangling(found);
            frontier.removeAll(looked);
            frontier.removeIf(n -> content.contains(n, Node.ANY, Node.ANY) || added.contains(n, Node.ANY, Node.ANY));
        }
        return data;
    }

    private static Finding toFinding(ReportEntry e) {
        Node focus = e.focusNode();
        String focusText = focus.isURI() ? "<" + focus.getURI() + ">" : "_:" + focus.getBlankNodeLabel();
        Node predicate = e.resultPath() instanceof P_Link link ? link.getNode() : null;
        Node component = e.sourceConstraintComponent();
        String constraint = component != null && component.isURI() ? component.getLocalName() : "";
        return new Finding(focusText, pathText(e.resultPath()), PlainWords.message(e), severity(e.severity()),
                new Finding.Site(focus, predicate, e.value(), constraint));
    }

    private static String pathText(Path path) {
        if (path == null) {
            return "";
        }
        if (path instanceof P_Link link) {
            return Namespaces.shortForm(link.getNode().getURI());
        }
        return path.toString(new org.apache.jena.sparql.core.Prologue(Namespaces.prefixes()));
    }

    private static Finding.Severity severity(org.apache.jena.shacl.validation.Severity s) {
        Node level = s.level();
        if (SHACL.Warning.equals(level)) {
            return Finding.Severity.WARNING;
        }
        if (SHACL.Info.equals(level)) {
            return Finding.Severity.INFO;
        }
        return Finding.Severity.VIOLATION;
    }
}

package fr.hdh.catalog.core.validation;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.ontologies.Namespaces;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Validates one record against the application profile of its access level.
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
        AccessProfile profile = profileOf(content);
        Graph data = withReferences(content);
        org.apache.jena.shacl.ValidationReport jenaReport =
                ShaclValidator.get().validate(shapes.get().shapes(profile), data);
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry entry : jenaReport.getEntries()) {
            if (content.contains(entry.focusNode(), Node.ANY, Node.ANY)) {
                findings.add(toFinding(entry));
            }
        }
        // Two official shapes may say the same thing of the same value (a minCount and an sh:hasValue
        // sharing one sh:message): report it once.
        List<Finding> distinct = findings.stream().distinct()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::focusNode).thenComparing(Finding::path))
                .toList();
        return new ValidationReport(recordIri, ShapesLibrary.describe(profile), distinct);
    }

    /** The access level of the record's dataset; PUBLIC when it has none or is no dataset. */
    static AccessProfile profileOf(Graph content) {
        return content.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode())
                .mapWith(t -> content.find(t.getSubject(), DCTerms.accessRights.asNode(), Node.ANY)
                        .nextOptional()
                        .flatMap(a -> AccessProfile.of(a.getObject())))
                .filterKeep(java.util.Optional::isPresent)
                .mapWith(java.util.Optional::get)
                .nextOptional()
                .orElse(AccessProfile.PUBLIC);
    }

    private Graph withReferences(Graph content) {
        Graph data = GraphFactory.createDefaultGraph();
        content.find().forEachRemaining(data::add);
        Set<Node> looked = new HashSet<>();
        Set<Node> frontier = GraphDescriptions.dangling(content);
        for (int hop = 0; hop < REFERENCE_HOPS && !frontier.isEmpty(); hop++) {
            Graph found = GraphFactory.createDefaultGraph();
            for (Node n : frontier) {
                references.describeInto(n, found);
            }
            looked.addAll(frontier);
            found.find().forEachRemaining(data::add);
            frontier = GraphDescriptions.dangling(found);
            frontier.removeAll(looked);
            frontier.removeIf(n -> data.contains(n, Node.ANY, Node.ANY));
        }
        return data;
    }

    private static Finding toFinding(ReportEntry e) {
        Node focus = e.focusNode();
        String focusText = focus.isURI() ? "<" + focus.getURI() + ">" : "_:" + focus.getBlankNodeLabel();
        return new Finding(focusText, pathText(e.resultPath()), PlainWords.message(e), severity(e.severity()));
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

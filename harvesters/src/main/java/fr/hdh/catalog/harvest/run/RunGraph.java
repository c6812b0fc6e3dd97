package fr.hdh.catalog.harvest.run;

import static fr.hdh.catalog.harvest.run.HarvestTerms.*;

import fr.hdh.catalog.ontologies.PROV;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A run as RDF, in its own named graph:
 * <pre>
 * &lt;run&gt; a prov:Activity, hdh:HarvestRun ; hdh:harvestSource "data-gouv" ; hdh:harvestSourceType "dcat" ;
 *     prov:used &lt;https://…/catalog&gt; ; prov:wasAssociatedWith &lt;base/agent/harvest-data-gouv&gt; ;
 *     prov:startedAtTime … ; prov:endedAtTime … ; hdh:runStatus "COMPLETED" ;
 *     hdh:recordsSeen 12 ; hdh:recordsAdded 3 ; … ; hdh:recordsRejected 1 ;
 *     hdh:rejection [ hdh:rejectedItem "https://…/dataset/9" ; hdh:rejectionReason "…" ] ;
 *     rdfs:comment "withdrawal skipped: …" .
 * </pre>
 */
final class RunGraph {
    private RunGraph() {}

    static Graph write(RunReport run, String agentIri) {
        Graph g = GraphFactory.createDefaultGraph();
        Node r = NodeFactory.createURI(run.runIri());
        g.add(r, RDF.type.asNode(), PROV.Activity.asNode());
        g.add(r, RDF.type.asNode(), HARVEST_RUN);
        g.add(r, SOURCE_ID, text(run.sourceId()));
        g.add(r, SOURCE_TYPE, text(run.type()));
        g.add(r, PROV.used.asNode(), NodeFactory.createURI(run.location()));
        g.add(r, PROV.wasAssociatedWith.asNode(), NodeFactory.createURI(agentIri));
        g.add(r, PROV.startedAtTime.asNode(), time(run.started()));
        g.add(r, PROV.endedAtTime.asNode(), time(run.ended()));
        g.add(r, STATUS, text(run.status().name()));
        RunCounts c = run.counts();
        g.add(r, SEEN, count(c.seen()));
        g.add(r, ADDED, count(c.added()));
        g.add(r, CHANGED, count(c.changed()));
        g.add(r, UNCHANGED, count(c.unchanged()));
        g.add(r, WITHDRAWN, count(c.withdrawn()));
        g.add(r, REJECTED, count(c.rejected()));
        run.note().ifPresent(n -> g.add(r, RDFS.comment.asNode(), NodeFactory.createLiteralLang(n, "en")));
        for (Rejection rejection : run.rejections()) {
            Node x = NodeFactory.createBlankNode();
            g.add(r, REJECTION, x);
            g.add(x, ITEM, text(rejection.item()));
            g.add(x, REASON, text(rejection.reason()));
        }
        return g;
    }

    static RunReport read(String runIri, Graph g) {
        Node r = NodeFactory.createURI(runIri);
        RunCounts counts = new RunCounts(number(g, r, SEEN), number(g, r, ADDED), number(g, r, CHANGED),
                number(g, r, UNCHANGED), number(g, r, WITHDRAWN), number(g, r, REJECTED));
        List<Rejection> rejections = new ArrayList<>();
        g.find(r, REJECTION, Node.ANY).forEachRemaining(t -> rejections.add(new Rejection(
                value(g, t.getObject(), ITEM).orElse(""), value(g, t.getObject(), REASON).orElse(""))));
        rejections.sort(java.util.Comparator.comparing(Rejection::item));
        return new RunReport(runIri, value(g, r, SOURCE_ID).orElse(""), value(g, r, SOURCE_TYPE).orElse(""),
                value(g, r, PROV.used.asNode()).orElse(""),
                value(g, r, PROV.startedAtTime.asNode()).map(Instant::parse).orElse(Instant.EPOCH),
                value(g, r, PROV.endedAtTime.asNode()).map(Instant::parse).orElse(Instant.EPOCH),
                RunReport.Status.valueOf(value(g, r, STATUS).orElse("FAILED")), counts, rejections,
                value(g, r, RDFS.comment.asNode()));
    }

    private static Optional<String> value(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional()
                .map(t -> t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().toString());
    }

    private static long number(Graph g, Node s, Node p) {
        return value(g, s, p).map(Long::parseLong).orElse(0L);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node time(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}

package fr.hdh.catalog.harvest.run;

import static fr.hdh.catalog.harvest.run.HarvestTerms.*;

import fr.hdh.catalog.ontologies.PROV;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
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
 *     hdh:recordsRepaired 4 ; hdh:recordsWithDrops 1 ;
 *     hdh:amendmentCount [ hdh:amendmentType "REPAIR" ; hdh:amendmentKind "media-type" ; hdh:count 6 ] ;
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
        AmendmentTally a = run.amendments();
        g.add(r, REPAIRED, count(a.storedWithRepairs()));
        g.add(r, WITH_DROPS, count(a.storedWithDrops()));
        writeTally(g, r, "REPAIR", a.repairs());
        writeTally(g, r, "DROP", a.drops());
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
        SortedMap<String, Long> repairs = new TreeMap<>();
        SortedMap<String, Long> drops = new TreeMap<>();
        g.find(r, AMENDMENT_COUNT, Node.ANY).forEachRemaining(t -> {
            Node x = t.getObject();
            SortedMap<String, Long> into = value(g, x, AMENDMENT_TYPE).filter("DROP"::equals).isPresent() ? drops : repairs;
            into.put(value(g, x, AMENDMENT_KIND).orElse(""), number(g, x, COUNT));
        });
        AmendmentTally tally = new AmendmentTally(number(g, r, REPAIRED), number(g, r, WITH_DROPS), repairs, drops);
        List<Rejection> rejections = new ArrayList<>();
        g.find(r, REJECTION, Node.ANY).forEachRemaining(t -> rejections.add(new Rejection(
                value(g, t.getObject(), ITEM).orElse(""), value(g, t.getObject(), REASON).orElse(""))));
        rejections.sort(java.util.Comparator.comparing(Rejection::item));
        return new RunReport(runIri, value(g, r, SOURCE_ID).orElse(""), value(g, r, SOURCE_TYPE).orElse(""),
                value(g, r, PROV.used.asNode()).orElse(""),
                value(g, r, PROV.startedAtTime.asNode()).map(Instant::parse).orElse(Instant.EPOCH),
                value(g, r, PROV.endedAtTime.asNode()).map(Instant::parse).orElse(Instant.EPOCH),
                RunReport.Status.valueOf(value(g, r, STATUS).orElse("FAILED")), counts, tally, rejections,
                value(g, r, RDFS.comment.asNode()));
    }

    private static void writeTally(Graph g, Node run, String type, Map<String, Long> counts) {
        counts.forEach((kind, n) -> {
            Node x = NodeFactory.createBlankNode();
            g.add(run, AMENDMENT_COUNT, x);
            g.add(x, AMENDMENT_TYPE, text(type));
            g.add(x, AMENDMENT_KIND, text(kind));
            g.add(x, COUNT, count(n));
        });
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

package fr.hdh.catalog.harvest.dcat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/** The mechanical DCAT-AP 2.x → 3 upgrade and the slips with one right reading. */
class DcatApUpgradeTest {
    private static final Node D = NodeFactory.createURI("https://x.example/d");
    private static final Node P = NodeFactory.createURI("https://x.example/p");
    private static final Node DIST = NodeFactory.createURI("https://x.example/dist");

    @Test
    void upgradesDatesPeriodsSizesEmailsAndNamespaceSlips() {
        Graph g = parse("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix schema: <http://schema.org/> . @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://x.example/d> a <https://www.w3.org/ns/dcat#Dataset> ; dct:issued "2020-01-31" ;
                    dct:modified "2021-02-03T04:05:06Z" ; dct:temporal <https://x.example/p> ;
                    dcat:contactPoint <https://x.example/c> .
                <https://x.example/p> schema:startDate "2019-01-01"^^xsd:date ; schema:endDate "2019-12-31"^^xsd:date .
                <https://x.example/c> vcard:hasEmail "data@x.example" .
                <https://x.example/dist> dcat:byteSize "1234"^^xsd:nonNegativeInteger .
                """);

        DcatApUpgrade.apply(g);

        assertTrue(g.contains(D, org.apache.jena.vocabulary.RDF.type.asNode(), DCAT.Dataset.asNode()));
        assertTrue(g.contains(D, DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2020-01-31", XSDDatatype.XSDdate)));
        assertTrue(g.contains(D, DCTerms.modified.asNode(), NodeFactory.createLiteralDT("2021-02-03T04:05:06Z", XSDDatatype.XSDdateTime)));
        assertTrue(g.contains(P, DCAT.startDate.asNode(), NodeFactory.createLiteralDT("2019-01-01", XSDDatatype.XSDdate)));
        assertTrue(g.contains(P, DCAT.endDate.asNode(), Node.ANY));
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#hasEmail"),
                NodeFactory.createURI("mailto:data@x.example")));
        assertTrue(g.contains(DIST, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT("1234", XSDDatatype.XSDdecimal)));
    }

    @Test
    void leavesWhatIsNotMechanicalAlone() {
        Graph g = parse("""
                @prefix dct: <http://purl.org/dc/terms/> .
                <https://x.example/d> dct:issued "spring 2020" ; dct:format "CSV" .
                """);
        Graph before = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(before::add);

        DcatApUpgrade.apply(g);

        assertTrue(g.isIsomorphicWith(before));
    }

    private static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle).lang(Lang.TURTLE).parse(g);
        return g;
    }
}

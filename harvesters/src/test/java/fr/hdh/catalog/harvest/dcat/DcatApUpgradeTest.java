package fr.hdh.catalog.harvest.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** What is read before a page is cut into records: namespace slips and DCAT-AP 2 period terms; and the RDF/XML link encoding. */
class DcatApUpgradeTest {
    private static final Node D = NodeFactory.createURI("https://x.example/d");
    private static final Node P = NodeFactory.createURI("https://x.example/p");

    @Test
    void upgradesPeriodsAndNamespaceSlipsBeforeThePageIsCut() {
        Graph g = parse("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix schema: <http://schema.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://x.example/d> a <https://www.w3.org/ns/dcat#Dataset> ; <https://purl.org/dc/terms/temporal> <https://x.example/p> .
                <https://x.example/p> schema:startDate "2019-01-01"^^xsd:date ; schema:endDate "2019-12-31"^^xsd:date .
                """);

        assertEquals(4, DcatApUpgrade.apply(g));

        assertTrue(g.contains(D, org.apache.jena.vocabulary.RDF.type.asNode(), DCAT.Dataset.asNode()));
        assertTrue(g.contains(D, DCTerms.temporal.asNode(), P));
        assertTrue(g.contains(P, DCAT.startDate.asNode(), NodeFactory.createLiteralDT("2019-01-01", XSDDatatype.XSDdate)));
        assertTrue(g.contains(P, DCAT.endDate.asNode(), Node.ANY));
    }

    @Test
    void leavesValuesToTheRecordRepairs() {
        Graph g = parse("""
                @prefix dct: <http://purl.org/dc/terms/> .
                <https://x.example/d> dct:issued "2020-01-31" ; dct:format "csv" ; dct:language "de" .
                """);
        Graph before = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(before::add);

        DcatApUpgrade.apply(g);

        assertTrue(g.isIsomorphicWith(before));
    }

    @Test
    void encodesOnlyTheCharactersIrisMayNotHoldRawAndLeavesTheAuthorityAlone() {
        assertEquals("http://h.example:80/k.html?L%5Bzoom%5D=1&L%5Bid%5D=2%20x",
                IriRepair.encode("http://h.example:80/k.html?L[zoom]=1&L[id]=2 x"));
        assertEquals("http://[::1]:8080/a%7Cb", IriRepair.encode("http://[::1]:8080/a|b"));
        assertEquals("https://x.example/caf\u00e9?q=%C3%A9", IriRepair.encode("https://x.example/caf\u00e9?q=%C3%A9"));

        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rdf:RDF xmlns:rdf=\"r\">"
                + "<x rdf:about='http://h.example/\u00e4[1]'><y rdf:resource=\"http://h.example/ok\"/></x></rdf:RDF>")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        String repaired = new String(IriRepair.rdfXml(latin1), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(repaired.contains("rdf:about='http://h.example/\u00e4%5B1%5D'"), repaired);
        assertTrue(repaired.contains("rdf:resource=\"http://h.example/ok\""), repaired);
        byte[] clean = "<rdf:RDF><x rdf:about=\"http://h.example/a\"/></rdf:RDF>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(IriRepair.rdfXml(clean) == clean, "unchanged documents are handed back as they are");
    }

    private static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle).lang(Lang.TURTLE).parse(g);
        return g;
    }
}

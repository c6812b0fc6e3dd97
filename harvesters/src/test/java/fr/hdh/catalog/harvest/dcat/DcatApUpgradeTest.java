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
                <https://x.example/d> dct:issued "spring 2020" ; dct:format "Kartenviewer" .
                """);
        Graph before = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(before::add);

        DcatApUpgrade.apply(g);

        assertTrue(g.isIsomorphicWith(before));
    }

    @Test
    void readsSqlStyleDateTimesAndLinksGivenAsText() {
        Graph g = parse("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                <https://x.example/d> dct:issued "2019-10-30 23:00:00" ; dct:modified "2019-10-30 23:00:00.5+01:00" ;
                    dct:language "http://publications.europa.eu/resource/authority/language/DEU" ;
                    dct:accessRights "public" ; dct:description "see https://x.example/doc" ;
                    dcat:landingPage " https://x.example/page " .
                """);

        DcatApUpgrade.apply(g);

        assertTrue(g.contains(D, DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2019-10-30T23:00:00", XSDDatatype.XSDdateTime)));
        assertTrue(g.contains(D, DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT("2019-10-30T23:00:00.5+01:00", XSDDatatype.XSDdateTime)));
        assertTrue(g.contains(D, DCTerms.language.asNode(),
                NodeFactory.createURI("http://publications.europa.eu/resource/authority/language/DEU")));
        assertTrue(g.contains(D, DCAT.landingPage.asNode(), NodeFactory.createURI("https://x.example/page")));
        assertTrue(g.contains(D, DCTerms.accessRights.asNode(), NodeFactory.createLiteralString("public")), "not a link: kept");
        assertTrue(g.contains(D, DCTerms.description.asNode(), NodeFactory.createLiteralString("see https://x.example/doc")));
    }

    @Test
    void aFormatGivenAsAFileTypeCodeBecomesTheEuConceptAndOtherTextStays() {
        Graph g = parse("""
                @prefix dct: <http://purl.org/dc/terms/> .
                <https://x.example/d/csv> dct:format "csv" . <https://x.example/d/json> dct:format "JSON" .
                <https://x.example/d/map> dct:format "Kartenviewer" .
                """);

        DcatApUpgrade.apply(g);

        assertTrue(g.contains(NodeFactory.createURI("https://x.example/d/csv"), DCTerms.format.asNode(),
                NodeFactory.createURI("http://publications.europa.eu/resource/authority/file-type/CSV")));
        assertTrue(g.contains(NodeFactory.createURI("https://x.example/d/json"), DCTerms.format.asNode(),
                NodeFactory.createURI("http://publications.europa.eu/resource/authority/file-type/JSON")));
        assertTrue(g.contains(NodeFactory.createURI("https://x.example/d/map"), DCTerms.format.asNode(),
                NodeFactory.createLiteralString("Kartenviewer")), "not guessed");
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

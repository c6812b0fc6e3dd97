package fr.hdh.catalog.harvest.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.Amendment;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * Each repair reads the slip the way its one right reading says, lists what it changed (before → after),
 * and leaves what has no right reading for validation. The real portal files that call for each repair
 * are harvested in {@code PortalFilesTest}.
 */
class RepairsTest {
    private static final String AUTH = "http://publications.europa.eu/resource/authority/";
    private static final Node D = NodeFactory.createURI("https://x.example/d");
    private static final Node DIST = NodeFactory.createURI("https://x.example/d/csv");

    @Test
    void formatsMediaTypesAndLanguagesGivenAsTextBecomeTheirConcepts() {
        Fixture f = repair("""
                <https://x.example/d> dct:language "es", "fr-FR", "deu", "Deutsch", "klingon" ;
                    dcat:distribution <https://x.example/d/csv> .
                <https://x.example/d/csv> dct:format "text/csv"@de, "Kartenviewer" ; dcat:mediaType "Text/CSV; charset=UTF-8" ;
                    dcat:compressFormat <http://publications.europa.eu/resource/authority/file-type/ZIP> .
                """);

        for (String code : List.of("SPA", "FRA", "DEU")) {
            assertTrue(f.g.contains(D, DCTerms.language.asNode(), uri(AUTH + "language/" + code)), code);
        }
        assertTrue(f.g.contains(D, DCTerms.language.asNode(), NodeFactory.createLiteralString("klingon")), "no right reading: left");
        assertTrue(f.g.contains(DIST, DCTerms.format.asNode(), uri(AUTH + "file-type/CSV")));
        assertTrue(f.g.contains(DIST, DCTerms.format.asNode(), NodeFactory.createLiteralString("Kartenviewer")), "left");
        assertTrue(f.g.contains(DIST, DCAT.mediaType.asNode(), uri("http://www.iana.org/assignments/media-types/text/csv")));
        assertTrue(f.g.contains(DIST, DCAT.compressFormat.asNode(), uri("http://www.iana.org/assignments/media-types/application/zip")));
        assertEquals(4, f.count("language"), f.log.toString());
        assertEquals(1, f.count("file-type"), f.log.toString());
        assertEquals(2, f.count("media-type"), f.log.toString());
        Amendment format = f.log.stream().filter(a -> a.kind().equals("file-type")).findFirst().orElseThrow();
        assertEquals(NodeFactory.createLiteralLang("text/csv", "de"), format.removed().orElseThrow().getObject(), "before: as published");
        assertEquals(uri(AUTH + "file-type/CSV"), format.added().orElseThrow().getObject(), "after");
    }

    @Test
    void linksAndIdentifiersDatesEmailsAndSizesGetTheirRightForm() {
        Fixture f = repair("""
                <https://x.example/d> dct:identifier <https://x.example/id/42> ; dct:issued "2019-10-30 23:00:00" ;
                    dct:modified "2020-02-01"^^xsd:dateTime ; dcat:landingPage " https://x.example/page?L[1]=2 " ;
                    dcat:contactPoint [ vcard:fn "Data team" ; vcard:hasEmail "data@x.example" ] ;
                    dcat:distribution <https://x.example/d/csv> .
                <https://x.example/d/csv> dcat:downloadURL "https://x.example/d.csv"^^xsd:anyURI ; dcat:byteSize "1234"^^xsd:integer .
                """);

        assertTrue(f.g.contains(D, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("https://x.example/id/42")));
        assertTrue(f.g.contains(D, DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2019-10-30T23:00:00", XSDDatatype.XSDdateTime)));
        assertTrue(f.g.contains(D, DCTerms.modified.asNode(), NodeFactory.createLiteralDT("2020-02-01", XSDDatatype.XSDdate)));
        assertTrue(f.g.contains(D, DCAT.landingPage.asNode(), uri("https://x.example/page?L%5B1%5D=2")));
        assertTrue(f.g.contains(DIST, DCAT.downloadURL.asNode(), uri("https://x.example/d.csv")));
        assertTrue(f.g.contains(DIST, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT("1234", XSDDatatype.XSDdecimal)));
        assertTrue(f.g.contains(Node.ANY, uri("http://www.w3.org/2006/vcard/ns#hasEmail"), uri("mailto:data@x.example")));
        assertTrue(f.g.contains(Node.ANY, RDF.type.asNode(), uri("http://www.w3.org/2006/vcard/ns#Kind")), "the untyped contact point");
        for (String kind : List.of("identifier", "date", "link", "byte-size", "email", "agent-type")) {
            assertTrue(f.count(kind) >= 1, kind + " listed: " + f.log);
        }
    }

    @Test
    void restatedAuthorityConceptsGiveWayAndUntypedAgentsAreTyped() {
        Fixture f = repair("""
                <https://x.example/d> dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                    dct:license <https://publications.europa.eu/resource/authority/licence/CC_BY_4_0> ;
                    dct:publisher <https://x.example/org> ; dct:creator [ a foaf:agent ; foaf:name "Team" ] .
                <http://publications.europa.eu/resource/authority/data-theme/HEAL> dct:title "Gesundheit"@de ; a dcat:Theme .
                <https://x.example/org> foaf:name "Statistics Office"@en .
                """);

        assertTrue(f.g.find(uri(AUTH + "data-theme/HEAL"), Node.ANY, Node.ANY).toList().isEmpty(), "the node's own table stands");
        assertEquals(2, f.count("authority-restated"), f.log.toString());
        assertTrue(f.g.contains(D, DCTerms.license.asNode(), uri(AUTH + "licence/CC_BY_4_0")), "https slip of the authority");
        assertTrue(f.g.contains(uri("https://x.example/org"), RDF.type.asNode(), FOAF.Agent.asNode()));
        assertTrue(f.g.contains(Node.ANY, RDF.type.asNode(), FOAF.Agent.asNode()) && f.count("class-name") == 1, f.log.toString());
        assertTrue(f.log.stream().allMatch(a -> a.type() == Amendment.Type.REPAIR), f.log.toString());
    }

    @Test
    void licencesRightsAndStandardsGivenAsTextBecomeResourcesLabelledWithIt() {
        Fixture f = repair("""
                <https://x.example/d> dct:conformsTo "ISO 19115" ; dct:accessRights "public" ;
                    dcat:distribution <https://x.example/d/csv> .
                <https://x.example/d/csv> dct:license "Licence Ouverte Version 1.0"@fr ; dct:rights "" .
                """);

        Node standard = f.g.find(D, DCTerms.conformsTo.asNode(), Node.ANY).next().getObject();
        assertTrue(f.g.contains(standard, RDF.type.asNode(), DCTerms.Standard.asNode()));
        assertTrue(f.g.contains(standard, org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralString("ISO 19115")));
        Node licence = f.g.find(DIST, DCTerms.license.asNode(), Node.ANY).next().getObject();
        assertTrue(f.g.contains(licence, RDF.type.asNode(), DCTerms.LicenseDocument.asNode()));
        assertEquals(3, f.count("text-as-resource"), "an empty text is left for validation: " + f.log);
    }

    @Test
    void aVocabularyRecordKeepsItsDescriptionsOfAuthorityConcepts() {
        Graph g = parse("<http://publications.europa.eu/resource/authority/data-theme/HEAL> skos:prefLabel \"Health\"@en .");
        List<Amendment> log = Repairs.standard().apply(new CatalogRecord("https://x.example/themes", RecordKind.VOCABULARY, g,
                new RecordSource("urn:test", "test")));

        assertTrue(log.isEmpty(), log.toString());
        assertEquals(1, g.size());
    }

    @Test
    void undoingTheRepairsGivesBackTheRecordAsPublished() {
        String published = """
                <https://x.example/d> dct:language "es" ; dct:identifier <https://x.example/id/42> ; dct:conformsTo "ISO 19115" ;
                    dcat:distribution <https://x.example/d/csv> .
                <https://x.example/d/csv> dct:format "CSV" ; dcat:accessURL "https://x.example/d.csv" .
                """;
        Fixture f = repair(published);

        Graph undone = new fr.hdh.catalog.core.record.AsPublished.Kept(D.getURI(), f.g, f.log, false).asPublished();

        assertTrue(undone.isIsomorphicWith(parse(published)), "as published");
        assertTrue(!f.g.isIsomorphicWith(parse(published)), "and the record was changed");
    }

    private record Fixture(Graph g, List<Amendment> log) {
        long count(String kind) {
            return log.stream().filter(a -> a.kind().equals(kind)).count();
        }
    }

    private static Fixture repair(String turtle) {
        Graph g = parse(turtle);
        List<Amendment> log = Repairs.standard().apply(new CatalogRecord(D.getURI(), RecordKind.DATASET, g,
                new RecordSource("urn:test", "test")));
        return new Fixture(g, log);
    }

    private static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                @prefix vcard: <http://www.w3.org/2006/vcard/ns#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                """ + turtle, Lang.TURTLE).parse(g);
        return g;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}

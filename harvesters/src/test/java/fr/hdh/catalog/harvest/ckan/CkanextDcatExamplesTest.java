package fr.hdh.catalog.harvest.ckan;

import fr.hdh.catalog.core.validation.Amendment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.core.net.HttpFetcher;
import fr.hdh.catalog.harvest.CollectedRecords;
import fr.hdh.catalog.harvest.HarvestContext;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * ckanext-dcat's published example packages (DCAT-AP 3 full scheming schema, HealthDCAT-AP schema),
 * served unchanged by a loopback CKAN: every field of each example is found in the record, with the
 * property, node kind and datatype ckanext-dcat's profiles give it (or the documented departure).
 */
class CkanextDcatExamplesTest {
    static final String ENG = "http://publications.europa.eu/resource/authority/language/ENG";
    static final String HEALTH = "http://healthdataportal.eu/ns/health#";
    static final String DPV = "https://w3id.org/dpv#";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String CV = "http://data.europa.eu/m8g/";
    static final Node WKT = NodeFactory.createURI("http://www.opengis.net/ont/geosparql#wktLiteral");

    static CkanextDcatPortal portal;
    static CollectedRecords sink = new CollectedRecords();

    @BeforeAll
    static void harvest() throws IOException {
        portal = new CkanextDcatPortal(List.of(CkanextDcatPortal.DCAT_AP, CkanextDcatPortal.HEALTH));
        HarvestContext context = new HarvestContext(new CatalogIris("http://test.example/"), new RecordSource("urn:test", "test"),
                new HttpFetcher(FetchPolicy.defaults().allowing(Set.of("127.0.0.1"))));
        new CkanHarvester().harvest(new HarvestSource("ckan", SourceType.CKAN, portal.site, Optional.empty(), Set.of()), context, sink);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** One expectation: a CKAN field, and the path from the dataset to the value it must give. */
    record Field(String ckan, List<Node> path, Node value) {
        Field(String ckan, Node property, Node value) {
            this(ckan, List.of(property), value);
        }

        Field(String ckan, org.apache.jena.rdf.model.Property property, Node value) {
            this(ckan, List.of(property.asNode()), value);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFieldOfTheDcatAp3ExampleIsInTheRecord() {
        Node d = uri(portal.site + "/dataset/test-dataset-shacl");
        Graph g = sink.record(d.getURI()).content();
        return check(g, d, List.of(
                new Field("title", DCTerms.title, lit("Test DCAT dataset")),
                new Field("notes", DCTerms.description, lit("Lorem ipsum")),
                new Field("url", DCAT.landingPage, uri("http://example.org/ds1")),
                new Field("version", p(DCAT.NS + "version"), lit("1.0b")),
                new Field("tags", DCAT.keyword, lit("Tag 2")),
                new Field("issued", DCTerms.issued, typed("2024-05-01", XSDDatatype.XSDdate)),
                new Field("modified", DCTerms.modified, typed("2024-05-05", XSDDatatype.XSDdate)),
                new Field("identifier", DCTerms.identifier, lit("xx-some-dataset-id-yy")),
                new Field("frequency (a word → EU concept)", DCTerms.accrualPeriodicity,
                        uri("http://publications.europa.eu/resource/authority/frequency/MONTHLY")),
                new Field("provenance", List.of(DCTerms.provenance.asNode(), RDFS.label.asNode()), lit("Statement about provenance")),
                new Field("dcat_type", List.of(DCTerms.type.asNode(), SKOS.prefLabel.asNode()), lit("test-type")),
                new Field("version_notes", p("http://www.w3.org/ns/adms#versionNotes"), lit("Some version notes")),
                new Field("access_rights", List.of(DCTerms.accessRights.asNode(), RDFS.label.asNode()), lit("Statement about access rights")),
                new Field("alternate_identifier", List.of(p("http://www.w3.org/ns/adms#identifier"), SKOS.notation.asNode()), lit("alt-id-2")),
                new Field("theme", DCAT.theme, uri("https://example.org/uri/theme3")),
                new Field("language (a code → EU concept)", DCTerms.language, uri("http://publications.europa.eu/resource/authority/language/CAT")),
                new Field("documentation", FOAF.page, uri("https://example.org/some-doc.html")),
                new Field("conforms_to", List.of(DCTerms.conformsTo.asNode(), RDFS.label.asNode()), lit("Standard 2")),
                new Field("is_referenced_by (URL)", DCTerms.isReferencedBy, uri("https://doi.org/10.1038/sdata.2018.22")),
                new Field("is_referenced_by (text)", List.of(DCTerms.isReferencedBy.asNode(), RDFS.label.asNode()), lit("test_isreferencedby")),
                new Field("applicable_legislation", p("http://data.europa.eu/r5r/applicableLegislation"),
                        uri("http://data.europa.eu/eli/reg_impl/2023/138/oj_alt")),
                new Field("contact[].name", List.of(DCAT.contactPoint.asNode(), p(VCARD + "fn")), lit("Contact 2")),
                new Field("contact[].email", List.of(DCAT.contactPoint.asNode(), p(VCARD + "hasEmail")), uri("mailto:contact1@example.org")),
                new Field("contact[].identifier", List.of(DCAT.contactPoint.asNode(), p(VCARD + "hasUID")), lit("456")),
                new Field("contact[].url", List.of(DCAT.contactPoint.asNode(), p(VCARD + "hasURL")), uri("https://example.org")),
                new Field("creator[].name", List.of(DCTerms.creator.asNode(), FOAF.name.asNode()), lit("Test Creator")),
                new Field("creator[].email", List.of(DCTerms.creator.asNode(), p(VCARD + "hasEmail")), uri("mailto:creator@example.org")),
                new Field("creator[].url", List.of(DCTerms.creator.asNode(), FOAF.homepage.asNode()), uri("https://example.org")),
                new Field("creator[].identifier", List.of(DCTerms.creator.asNode(), DCTerms.identifier.asNode()), uri("http://example.org/creator-id")),
                new Field("creator[].type", List.of(DCTerms.creator.asNode(), DCTerms.type.asNode(), SKOS.prefLabel.asNode()), lit("public_body")),
                new Field("publisher[].name", List.of(DCTerms.publisher.asNode(), FOAF.name.asNode()), lit("Test Publisher")),
                new Field("publisher[].email", List.of(DCTerms.publisher.asNode(), p(VCARD + "hasEmail")), uri("mailto:publisher@example.org")),
                new Field("publisher[].identifier", List.of(DCTerms.publisher.asNode(), DCTerms.identifier.asNode()), uri("http://example.org/publisher-id")),
                new Field("temporal_coverage[].start", List.of(DCTerms.temporal.asNode(), DCAT.startDate.asNode()), typed("1905-03-01", XSDDatatype.XSDdate)),
                new Field("temporal_coverage[].end", List.of(DCTerms.temporal.asNode(), DCAT.endDate.asNode()), typed("2024-05-29", XSDDatatype.XSDdate)),
                new Field("temporal_resolution", DCAT.temporalResolution, typed("PT15M", XSDDatatype.XSDduration)),
                new Field("spatial_coverage[].uri", DCTerms.spatial, uri("https://sws.geonames.org/6361390/")),
                new Field("spatial_coverage[].text", List.of(DCTerms.spatial.asNode(), SKOS.prefLabel.asNode()), lit("Tarragona")),
                new Field("spatial_coverage[].geom", List.of(DCTerms.spatial.asNode(), p("http://www.w3.org/ns/locn#geometry")),
                        wkt("POLYGON ((11.9936 54.0486, 11.9936 54.2466, 12.3045 54.2466, 12.3045 54.0486, 11.9936 54.0486))")),
                new Field("spatial_coverage[].bbox", List.of(DCTerms.spatial.asNode(), DCAT.bbox.asNode()),
                        wkt("POLYGON ((-2.1604 42.7611, -2.0938 42.7611, -2.0938 42.7931, -2.1604 42.7931, -2.1604 42.7611))")),
                new Field("spatial_coverage[].centroid", List.of(DCTerms.spatial.asNode(), DCAT.centroid.asNode()), wkt("POINT (1.2664 41.1239)")),
                new Field("spatial_resolution_in_meters", DCAT.spatialResolutionInMeters, typed("1.5", XSDDatatype.XSDdecimal)),
                new Field("qualified_relation[] (role: related)", DCTerms.relation, uri("http://example.com/dataset/3.141592")),
                // the one resource
                new Field("resources[].name", dist(DCTerms.title), lit("Resource 1")),
                new Field("resources[].description", dist(DCTerms.description), lit("Some description")),
                new Field("resources[].url / access_url", dist(DCAT.accessURL), uri("https://example.com/data.csv")),
                new Field("resources[].download_url", dist(DCAT.downloadURL), uri("https://example.com/data.csv")),
                new Field("resources[].format", dist(DCTerms.format), uri("http://publications.europa.eu/resource/authority/file-type/CSV")),
                new Field("resources[].availability", dist(p("http://data.europa.eu/r5r/availability")),
                        uri("http://publications.europa.eu/resource/authority/planned-availability/EXPERIMENTAL")),
                new Field("resources[].compress_format", dist(DCAT.compressFormat), uri("http://www.iana.org/assignments/media-types/application/gzip")),
                new Field("resources[].package_format", dist(DCAT.packageFormat), uri("http://publications.europa.eu/resource/authority/file-type/TAR")),
                new Field("resources[].size", dist(DCAT.byteSize), typed("12323", XSDDatatype.XSDdecimal)),
                new Field("resources[].hash", dist(p("http://spdx.org/rdf/terms#checksum"), p("http://spdx.org/rdf/terms#checksumValue")),
                        typed("4304cf2e751e6053c90b1804c89c0ebb758f395a", XSDDatatype.XSDhexBinary)),
                new Field("resources[].hash_algorithm", dist(p("http://spdx.org/rdf/terms#checksum"), p("http://spdx.org/rdf/terms#algorithm")),
                        uri("http://spdx.org/rdf/terms#checksumAlgorithm_sha1")),
                new Field("resources[].status", dist(p("http://www.w3.org/ns/adms#status")), uri("http://purl.org/adms/status/Completed")),
                new Field("resources[].issued", dist(DCTerms.issued), typed("2024-05-01T01:20:33", XSDDatatype.XSDdateTime)),
                new Field("resources[].modified", dist(DCTerms.modified), typed("2024-05-05T09:33:20", XSDDatatype.XSDdateTime)),
                new Field("resources[].temporal_resolution", dist(DCAT.temporalResolution), typed("PT15M", XSDDatatype.XSDduration)),
                new Field("resources[].spatial_resolution_in_meters", dist(DCAT.spatialResolutionInMeters), typed("1.5", XSDDatatype.XSDdecimal)),
                new Field("resources[].license", dist(DCTerms.license), uri("http://creativecommons.org/licenses/by/3.0/")),
                new Field("resources[].rights", dist(DCTerms.rights, RDFS.label), lit("Some stament about rights")),
                new Field("resources[].language", dist(DCTerms.language), uri(ENG)),
                new Field("resources[].access_services[].title", dist(DCAT.accessService, DCTerms.title), lit("Access Service 1")),
                new Field("resources[].access_services[].endpoint_url", dist(DCAT.accessService, DCAT.endpointURL),
                        uri("https://example.org/access_service/2")),
                new Field("resources[].access_services[].endpoint_description", dist(DCAT.accessService, DCAT.endpointDescription),
                        uri("https://example.org/endpoint_description")),
                new Field("resources[].access_services[].serves_dataset", dist(DCAT.accessService, DCAT.servesDataset),
                        uri("https://example.org/dataset/1"))));
    }

    @TestFactory
    Stream<DynamicTest> everyFieldOfTheHealthDcatApExampleIsInTheRecord() {
        Node d = uri("http://example.healthdata.nl/set/dataset");
        Graph g = sink.record(d.getURI()).content();
        return check(g, d, List.of(
                new Field("access_rights", DCTerms.accessRights, uri("http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC")),
                new Field("analytics (a distribution at that URL)", List.of(p(HEALTH + "analytics"), DCAT.accessURL.asNode()),
                        uri("http://example.com/analytics")),
                new Field("code_values (literals in HealthDCAT-AP r8)", p(HEALTH + "hasCodeValues"), lit("http://example.com/code2")),
                new Field("coding_system", p(HEALTH + "hasCodingSystem"), uri("http://www.wikidata.org/entity/P4229")),
                new Field("health_category", p(HEALTH + "healthCategory"),
                        uri("http://example.com/ontology/resource/authority/healthcategories/EHRS")),
                new Field("health_theme", p(HEALTH + "healthTheme"), uri("http://www.wikidata.org/entity/Q58624061")),
                new Field("legal_basis", p(DPV + "hasLegalBasis"), uri(DPV + "Consent")),
                new Field("personal_data", p(DPV + "hasPersonalData"), uri("https://w3id.org/dpv/dpv-pd#HealthRecord")),
                new Field("purpose", p(DPV + "hasPurpose"), uri(DPV + "AcademicResearch")),
                new Field("min_typical_age", p(HEALTH + "minTypicalAge"), typed("0", XSDDatatype.XSDnonNegativeInteger)),
                new Field("max_typical_age", p(HEALTH + "maxTypicalAge"), typed("110", XSDDatatype.XSDnonNegativeInteger)),
                new Field("number_of_records", p(HEALTH + "numberOfRecords"), typed("123456789", XSDDatatype.XSDnonNegativeInteger)),
                new Field("number_of_unique_individuals", p(HEALTH + "numberOfUniqueIndividuals"), typed("7654321", XSDDatatype.XSDnonNegativeInteger)),
                new Field("population_coverage", p(HEALTH + "populationCoverage"), lit("This example includes a very non-descript population")),
                new Field("publisher_note", p(HEALTH + "publisherNote"), lit(
                        "Health-RI is the Dutch health care initiative to build an integrated health data infrastructure for research and innovation.")),
                new Field("publisher_type", p(HEALTH + "publisherType"), uri("http://example.com/publisherType/undefined")),
                new Field("trusted_data_holder", p(HEALTH + "trustedDataHolder"), typed("true", XSDDatatype.XSDboolean)),
                new Field("retention_period[].start", List.of(p(HEALTH + "retentionPeriod"), DCAT.startDate.asNode()), typed("2020-03-01", XSDDatatype.XSDdate)),
                new Field("retention_period[].end", List.of(p(HEALTH + "retentionPeriod"), DCAT.endDate.asNode()), typed("2034-12-31", XSDDatatype.XSDdate)),
                new Field("hdab[].name", List.of(p(HEALTH + "hdab"), FOAF.name.asNode()), lit("EU Health Data Access Body")),
                new Field("hdab[].email", List.of(p(HEALTH + "hdab"), p(VCARD + "hasEmail")), uri("mailto:hdab@example.com")),
                new Field("hdab[].email (as its cv:contactPoint)", List.of(p(HEALTH + "hdab"), p(CV + "contactPoint"), p(CV + "email")), lit("hdab@example.com")),
                new Field("hdab[].url", List.of(p(HEALTH + "hdab"), FOAF.homepage.asNode()), uri("https://www.example.com/hdab")),
                new Field("publisher[].url", List.of(DCTerms.publisher.asNode(), FOAF.homepage.asNode()), uri("https://healthdata.nl")),
                new Field("publisher[].email (as its cv:contactPoint)", List.of(DCTerms.publisher.asNode(), p(CV + "contactPoint"), p(CV + "email")),
                        lit("info@example.com")),
                new Field("creator[].name", List.of(DCTerms.creator.asNode(), FOAF.name.asNode()), lit("Contact Point")),
                new Field("contact[].email", List.of(DCAT.contactPoint.asNode(), p(VCARD + "hasEmail")), uri("mailto:covacsurv@sciensano.be")),
                new Field("issued", DCTerms.issued, typed("2024-01-01T00:00:00+00:00", XSDDatatype.XSDdateTime)),
                new Field("modified", DCTerms.modified, typed("2024-12-31T23:59:59+00:00", XSDDatatype.XSDdateTime)),
                new Field("identifier (a literal, as DCAT-AP wants)", DCTerms.identifier, lit("http://example.com/dataset/1234567890")),
                new Field("frequency", DCTerms.accrualPeriodicity, uri("http://publications.europa.eu/resource/authority/frequency/DAILY")),
                new Field("language", DCTerms.language, uri("http://publications.europa.eu/resource/authority/language/NLD")),
                new Field("theme", DCAT.theme, uri("http://publications.europa.eu/resource/authority/data-theme/HEAL")),
                new Field("conforms_to", DCTerms.conformsTo, uri("http://www.wikidata.org/entity/Q19597236")),
                new Field("applicable_legislation", p("http://data.europa.eu/r5r/applicableLegislation"), uri("http://data.europa.eu/eli/reg/2022/868/oj")),
                new Field("is_referenced_by", DCTerms.isReferencedBy, uri("https://dx.doi.org/10.1002/jmri.28679")),
                new Field("alternate_identifier", List.of(p("http://www.w3.org/ns/adms#identifier"), SKOS.notation.asNode()), lit("internalURI:admsIdentifier0")),
                new Field("documentation (text)", List.of(FOAF.page.asNode(), RDFS.label.asNode()), lit("n1049372e768c4429a6b2200c22f5f1a4b9")),
                new Field("dcat_type (text)", List.of(DCTerms.type.asNode(), SKOS.prefLabel.asNode()), lit("n1049372e768c4429a6b2200c22f5f1a4b7")),
                new Field("provenance", List.of(DCTerms.provenance.asNode(), RDFS.label.asNode()), lit("This example dataset is partly sourced from TEHDAS2")),
                new Field("version_notes", p("http://www.w3.org/ns/adms#versionNotes"), lit("Dataset continuously updated")),
                new Field("temporal_resolution", DCAT.temporalResolution, typed("P1D", XSDDatatype.XSDduration)),
                new Field("temporal_coverage[].end", List.of(DCTerms.temporal.asNode(), DCAT.endDate.asNode()), typed("2024-12-31", XSDDatatype.XSDdate)),
                new Field("tags", DCAT.keyword, lit("Test 3")),
                new Field("notes", DCTerms.description, lit("This dataset is an example of using HealthDCAT-AP in CKAN")),
                new Field("extras related_resource", DCTerms.relation, uri("http://example.com/dataset/9876543210")),
                new Field("extras related_resource + qualified_relation", DCTerms.relation, uri("http://example.com/dataset/3.141592")),
                new Field("extras sample (a distribution at that URL)", List.of(p("http://www.w3.org/ns/adms#sample"), DCAT.accessURL.asNode()),
                        uri("http://example.com/sample")),
                new Field("extras spatial_uri", DCTerms.spatial, uri("http://publications.europa.eu/resource/authority/country/BEL")),
                new Field("provenance_activity[].label", List.of(p("http://www.w3.org/ns/prov#wasGeneratedBy"), RDFS.label.asNode()),
                        lit("http://dbpedia.org/resource/Record_linkage")),
                new Field("provenance_activity[].startedAtTime", List.of(p("http://www.w3.org/ns/prov#wasGeneratedBy"), p("http://www.w3.org/ns/prov#startedAtTime")),
                        typed("2021-01-01T00:00:00+00:00", XSDDatatype.XSDdateTime)),
                new Field("provenance_activity[].wasAssociatedWith[].email", List.of(p("http://www.w3.org/ns/prov#wasGeneratedBy"),
                        p("http://www.w3.org/ns/prov#wasAssociatedWith"), FOAF.mbox.asNode()), uri("mailto:Joris.VanLoenhout@sciensano.be")),
                new Field("qualified_attribution[].role", List.of(p("http://www.w3.org/ns/prov#qualifiedAttribution"), DCAT.hadRole.asNode()),
                        uri("https://inspire.ec.europa.eu/metadata-codelist/ResponsiblePartyRole/processor")),
                new Field("qualified_attribution[].agent[].name", List.of(p("http://www.w3.org/ns/prov#qualifiedAttribution"),
                        p("http://www.w3.org/ns/prov#agent"), FOAF.name.asNode()), lit("Contact Point")),
                new Field("quality_annotation[].body", List.of(p("http://www.w3.org/ns/dqv#hasQualityAnnotation"), p("http://www.w3.org/ns/oa#hasBody")),
                        uri("https://acertificateserver.eu/mycertificate")),
                new Field("(ours) hasStructuredData, not given", p(HEALTH + "hasStructuredData"), typed("false", XSDDatatype.XSDboolean))));
    }

    @Test
    void theHealthResourceWithoutUrlIsDroppedWithANoteAndTheDatasetKept() {
        String dataset = "http://example.healthdata.nl/set/dataset";
        String resource = portal.site + "/dataset/16a60ea2-965a-4b5a-9a65-1284354c256e/resource/7e65aeba-136d-48d6-a824-782176c63104";
        assertTrue(sink.rejected.isEmpty(), sink.rejected.toString());
        assertEquals(1, sink.amended.size(), sink.amended.toString());
        Amendment drop = sink.amended.get(0);
        assertEquals(Amendment.Type.DROP, drop.type());
        assertEquals(dataset, drop.recordIri());
        assertEquals(uri(resource), drop.removed().orElseThrow().getObject(), "names the resource left out");
        assertTrue(drop.reason().startsWith("no url, access_url or download_url"), drop.reason());
        Graph g = sink.record(dataset).content();
        assertFalse(g.contains(uri(resource), Node.ANY, Node.ANY), "the resource is not in the record");
        List<Node> distributions = g.find(uri(dataset), DCAT.distribution.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, distributions.size(), "one distribution: where access is requested");
        assertTrue(g.contains(distributions.get(0), DCAT.accessURL.asNode(), uri(portal.site + "/dataset/test-dcat-1")));
        assertTrue(g.contains(distributions.get(0), p("http://data.europa.eu/r5r/applicableLegislation"),
                uri("http://data.europa.eu/eli/reg/2022/868/oj")), "the dataset's legislation");
    }

    @Test
    void aLinkThatIsNotAUrlIsLeftOutRatherThanMadeAnIri() {
        // creator[].url of the health example is "https:/example.com/homepage" (one slash)
        Graph g = sink.record("http://example.healthdata.nl/set/dataset").content();
        assertFalse(g.find(Node.ANY, FOAF.homepage.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().getURI().contains("example.com/homepage")));
    }

    private static Stream<DynamicTest> check(Graph g, Node d, List<Field> fields) {
        return fields.stream().map(f -> DynamicTest.dynamicTest(f.ckan(), () -> {
            List<Node> reached = List.of(d);
            for (Node property : f.path()) {
                List<Node> next = new ArrayList<>();
                for (Node s : reached) {
                    g.find(s, property, Node.ANY).forEachRemaining(t -> next.add(t.getObject()));
                }
                reached = next;
            }
            assertTrue(reached.contains(f.value()), f.ckan() + ": expected " + f.value() + " at " + f.path() + ", found " + reached);
        }));
    }

    /** The path from the dataset through its distribution. */
    private static List<Node> dist(org.apache.jena.rdf.model.Property... path) {
        List<Node> nodes = new ArrayList<>(List.of(DCAT.distribution.asNode()));
        for (var p : path) {
            nodes.add(p.asNode());
        }
        return nodes;
    }

    private static List<Node> dist(Node... path) {
        List<Node> nodes = new ArrayList<>(List.of(DCAT.distribution.asNode()));
        nodes.addAll(List.of(path));
        return nodes;
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node p(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node lit(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    static Node wkt(String text) {
        return NodeFactory.createLiteralDT(text, org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(WKT.getURI()));
    }
}

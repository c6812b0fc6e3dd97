package fr.hdh.catalog.web.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.ontologies.DCATAP;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dataset form's "Health metadata (HealthDCAT-AP)" section and its distributions, over HTTP against a
 * server that validates with the bundled EU vocabularies (as the real one does): the health properties and
 * two distributions are stored with the vocabularies' IRIs; a distribution that cannot be read, or that the
 * profile refuses, is shown with the problem in its own slot and nothing is written; a dataset given a data
 * dictionary (so held to HealthDCAT-AP) is edited and saved from the form; the JSON API takes the new fields.
 */
class HealthForm_POST_Test {
    private static final String HRAD = "https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/HRAD";
    private static final String MRMR = "https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/MRMR";
    private static final String EHDS = "http://data.europa.eu/eli/reg/2025/327/oj";
    private static final String CSV = "http://publications.europa.eu/resource/authority/file-type/CSV";
    private static final String DICTIONARY = "table,table_title,name,title,description,type,length,code_list,primary_key\n"
            + "SEJOUR,Séjours hospitaliers,SEJ_NUM,Numéro de séjour,Identifiant du séjour dans l'établissement,string,10,,yes\n";

    private static FormServer server;
    private static String atih;

    @BeforeAll
    static void start() {
        server = FormServer.start(EuVocabularies.bundled().lookup());
        atih = server.user("atih-health-editor", Role.PRODUCER, FormServer.ATIH);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A public dataset's fields, without health metadata nor distribution. */
    private static Map<String, Object> dataset(String id) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", id);
        f.put("title_fr", "Séjours hospitaliers par région");
        f.put("description_fr", "Nombre de séjours hospitaliers par région et par année.");
        f.put("accessRights", "PUBLIC");
        f.put("themes", "HEAL");
        f.put("contact_email", "contact@example.org");
        return f;
    }

    /** The health fields HealthDCAT-AP requires, and a few more. */
    private static Map<String, Object> health() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("health_categories", List.of(HRAD, MRMR));
        f.put("health_legislation", List.of(EHDS));
        f.put("health_hdab", FormServer.ATIH);
        f.put("health_populationCoverage_fr", "Patients hospitalisés en France");
        f.put("health_numberOfRecords", "12000");
        f.put("health_minTypicalAge", "0");
        f.put("health_maxTypicalAge", "110");
        f.put("health_codingSystems", "http://id.who.int/icd/release/10/2019");
        return f;
    }

    private static Map<String, Object> firstDistribution() {
        return Map.of("dist1_title_fr", "Fichier CSV", "dist1_accessURL", "https://www.example.org/stays",
                "dist1_downloadURL", "https://www.example.org/stays.csv", "dist1_format", CSV, "dist1_mediaType", "text/csv",
                "dist1_licence", "CC_BY_4_0", "dist1_byteSize", "52000");
    }

    private static Map<String, Object> merged(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> all = new LinkedHashMap<>(a);
        all.putAll(b);
        return all;
    }

    private static Graph version(String id, int n) {
        return server.catalog().workflow().content(server.catalog().iris().dataset(id), n);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @Test
    void healthFieldsAndTwoDistributionsAreStoredWithTheirIris() {
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        FormClient.Page blank = producer.get("/my/datasets/new");
        assertEquals("Métadonnées de santé (HealthDCAT-AP)", blank.doc().selectFirst("fieldset.health > legend").text());
        Element ehds = blank.doc().selectFirst("input[name=health_legislation][value=" + EHDS + "]");
        assertNotNull(ehds, "the legislation is chosen from the bundled list");
        assertTrue(ehds.parent().text().contains("espace européen des données de santé"), "labelled in the page's language: " + ehds.parent().text());
        Element hrad = blank.doc().selectFirst("input[name=health_categories][value=" + HRAD + "]");
        assertNotNull(hrad);
        assertTrue(hrad.parent().text().startsWith("Données administratives liées aux soins de santé"),
                "a French form shows the categories in French: " + hrad.parent().text());
        assertNotNull(blank.doc().selectFirst("#dist1_format option[value=" + CSV + "]"), "file types from the EU table");
        assertNotNull(blank.doc().selectFirst("label[for=dist1_accessURL]"));
        assertNull(blank.doc().selectFirst("#dist2_accessURL"), "one empty slot to begin with");

        String before = server.checksum();
        Map<String, Object> typed = merged(merged(dataset("stays-h1"), health()), firstDistribution());
        FormClient.Page more = producer.submit(blank, "form.dataset-form", merged(typed, Map.of("add", "distribution")));
        assertEquals(200, more.status(), more.doc().text());
        assertEquals(before, server.checksum(), "adding a slot writes nothing");
        assertNotNull(more.doc().selectFirst("#dist2_accessURL"), "one more slot");
        assertEquals("https://www.example.org/stays", more.doc().selectFirst("#dist1_accessURL").val(), "what was typed is kept");
        assertNotNull(more.doc().selectFirst("#dist1_format option[value=" + CSV + "][selected]"));
        assertNotNull(more.doc().selectFirst("input[name=health_categories][value=" + MRMR + "][checked]"));
        assertEquals("12000", more.doc().selectFirst("#health_numberOfRecords").val());

        FormClient.Page created = producer.submit(more, "form.dataset-form", Map.of("dist2_title_fr", "Accès sur demande",
                "dist2_accessURL", "https://www.example.org/request", "dist2_accessRights", "RESTRICTED"));
        assertEquals(303, created.status(), created.doc().select("#error-summary").text());

        Graph g = version("stays-h1", 1);
        Node ds = iri(server.catalog().iris().dataset("stays-h1"));
        assertTrue(g.contains(ds, HealthDCATAP.healthCategory.asNode(), iri(HRAD)));
        assertTrue(g.contains(ds, HealthDCATAP.healthCategory.asNode(), iri(MRMR)));
        assertTrue(g.contains(ds, DCATAP.applicableLegislation.asNode(), iri(EHDS)));
        assertTrue(g.contains(ds, HealthDCATAP.hdab.asNode(), iri(FormServer.ATIH)));
        assertTrue(g.contains(ds, HealthDCATAP.numberOfRecords.asNode(), NodeFactory.createLiteralDT("12000", XSDDatatype.XSDnonNegativeInteger)));
        assertTrue(g.contains(ds, HealthDCATAP.maxTypicalAge.asNode(), NodeFactory.createLiteralDT("110", XSDDatatype.XSDnonNegativeInteger)));
        assertTrue(g.contains(ds, HealthDCATAP.hasCodingSystem.asNode(), iri("http://id.who.int/icd/release/10/2019")));
        assertTrue(g.contains(ds, HealthDCATAP.populationCoverage.asNode(), NodeFactory.createLiteralLang("Patients hospitalisés en France", "fr")));
        assertTrue(g.contains(ds, HealthDCATAP.hasStructuredData.asNode(), NodeFactory.createLiteralByValue(false)),
                "no dictionary yet: the profile's flag says so");
        Node first = iri(ds.getURI() + "/distribution/1");
        Node second = iri(ds.getURI() + "/distribution/2");
        assertTrue(g.contains(ds, DCAT.distribution.asNode(), first) && g.contains(ds, DCAT.distribution.asNode(), second));
        assertTrue(g.contains(first, DCAT.downloadURL.asNode(), iri("https://www.example.org/stays.csv")));
        assertTrue(g.contains(first, DCTerms.format.asNode(), iri(CSV)));
        assertTrue(g.contains(first, DCAT.mediaType.asNode(), iri("https://www.iana.org/assignments/media-types/text/csv")));
        assertTrue(g.contains(first, DCTerms.license.asNode(), iri("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0")));
        assertEquals(52000, g.find(first, DCAT.byteSize.asNode(), Node.ANY).mapWith(t -> ((Number) t.getObject().getLiteralValue()).intValue())
                .next(), "an xsd:decimal, as DCAT-AP 3.0.0 wants");
        assertTrue(g.contains(second, DCAT.accessURL.asNode(), iri("https://www.example.org/request")));
        assertTrue(g.contains(second, DCTerms.accessRights.asNode(),
                iri("http://publications.europa.eu/resource/authority/access-right/RESTRICTED")));
        assertTrue(g.contains(first, DCATAP.applicableLegislation.asNode(), iri(EHDS))
                && g.contains(second, DCATAP.applicableLegislation.asNode(), iri(EHDS)), "the dataset's legislation applies to its distributions");

        FormClient.Page edit = producer.get(created.location());
        assertEquals(3, edit.doc().select("fieldset.distribution").size(), "the two stored, and one empty slot");
        assertEquals(first.getURI(), edit.doc().selectFirst("input[name=dist1_iri]").val());
        assertEquals("CC_BY_4_0", edit.doc().selectFirst("#dist1_licence").val());
        assertEquals("52000", edit.doc().selectFirst("#dist1_byteSize").val());
        assertNotNull(edit.doc().selectFirst("#dist2_accessRights option[value=RESTRICTED][selected]"));
        assertNotNull(edit.doc().selectFirst("input[name=health_categories][value=" + HRAD + "][checked]"));
        assertEquals(FormServer.ATIH, edit.doc().selectFirst("#health_hdab").val());

        // Emptying the first slot removes that distribution; the second keeps its IRI.
        Map<String, Object> emptied = new LinkedHashMap<>();
        for (String f : List.of("title_fr", "accessURL", "downloadURL", "format", "mediaType", "licence", "byteSize")) {
            emptied.put("dist1_" + f, "");
        }
        FormClient.Page saved = producer.submit(edit, "form.dataset-form", emptied);
        assertEquals(303, saved.status(), saved.doc().select("#error-summary").text());
        Graph v2 = version("stays-h1", 2);
        assertFalse(v2.contains(first, Node.ANY, Node.ANY), "the emptied distribution is gone");
        assertFalse(v2.contains(ds, DCAT.distribution.asNode(), first));
        assertTrue(v2.contains(second, DCAT.accessURL.asNode(), iri("https://www.example.org/request")));
    }

    @Test
    void aDistributionThatCannotBeReadIsShownInItsSlotAndNothingIsWritten() {
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        FormClient.Page blank = producer.get("/my/datasets/new");
        FormClient.Page two = producer.submit(blank, "form.dataset-form", Map.of("add", "distribution"));
        String before = server.checksum();
        Map<String, Object> typed = merged(merged(dataset("stays-h2"), health()), Map.of(
                "dist1_title_fr", "Fichier sans adresse",
                "dist2_accessURL", "https://www.example.org/stays", "dist2_downloadURL", "www.example.org/stays.csv",
                "health_categories", List.of(HRAD, "https://www.example.org/category")));
        FormClient.Page refused = producer.submit(two, "form.dataset-form", typed);
        assertEquals(400, refused.status(), refused.doc().text());
        assertEquals(before, server.checksum(), "nothing written");

        Element access = refused.doc().selectFirst("#dist1_accessURL");
        assertEquals("true", access.attr("aria-invalid"));
        assertEquals("dist1_accessURL-error", access.attr("aria-describedby"));
        assertEquals(access.parent(), refused.doc().selectFirst("#dist1_accessURL-error").parent(), "next to its field");
        Element download = refused.doc().selectFirst("#dist2_downloadURL");
        assertEquals("true", download.attr("aria-invalid"));
        assertTrue(refused.doc().selectFirst("#dist2_downloadURL-error").text().contains("www.example.org/stays.csv"));
        assertTrue(refused.doc().selectFirst("#dist2_accessURL").attr("aria-invalid").isEmpty(), "a good field is not marked");
        Element summary = refused.doc().selectFirst("#error-summary");
        Element link = summary.selectFirst("a[href='#dist2_downloadURL']");
        assertNotNull(link, summary.toString());
        assertTrue(link.text().startsWith("Distribution 2 : URL de téléchargement"), link.text());
        assertNotNull(summary.selectFirst("a[href='#dist1_accessURL']"));
        assertEquals("true", refused.doc().selectFirst("#health_categories").attr("aria-invalid"), "a category not of the list is refused");
        assertTrue(refused.doc().selectFirst("#health_categories-error").text().contains("https://www.example.org/category"));
        assertNotNull(summary.selectFirst("a[href='#health_categories']"));
        assertEquals("Fichier sans adresse", refused.doc().selectFirst("#dist1_title_fr").val(), "what was typed is kept");
        assertEquals("www.example.org/stays.csv", refused.doc().selectFirst("#dist2_downloadURL").val());
    }

    @Test
    void aFindingOfTheProfileOnADistributionLandsInItsSlot() {
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        FormClient.Page two = producer.submit(producer.get("/my/datasets/new"), "form.dataset-form", Map.of("add", "distribution"));
        String before = server.checksum();
        // The health dataset is held to HealthDCAT-AP's class ranges: a licence nobody describes as a licence document is refused.
        Map<String, Object> typed = merged(merged(merged(dataset("stays-h3"), health()), firstDistribution()), Map.of(
                "dist2_accessURL", "https://www.example.org/request", "dist2_licence", "https://www.example.org/licence"));
        FormClient.Page refused = producer.submit(two, "form.dataset-form", typed);
        assertEquals(400, refused.status(), refused.doc().text());
        assertEquals(before, server.checksum(), "nothing written");
        assertEquals("true", refused.doc().selectFirst("#dist2_licence").attr("aria-invalid"), refused.doc().select("#error-summary").text());
        assertNotNull(refused.doc().selectFirst("#dist2_licence-error"));
        assertTrue(refused.doc().selectFirst("#dist1_licence").attr("aria-invalid").isEmpty(), "the EU licence of slot 1 is fine");
        assertNotNull(refused.doc().selectFirst("#error-summary a[href='#dist2_licence']"));
    }

    @Test
    void aDatasetWithADataDictionaryIsEditedAndSavedFromTheForm() {
        FormClient producer = new FormClient(server);
        producer.signIn(atih);
        assertEquals(303, producer.submit(producer.get("/my/datasets/new"), "form.dataset-form", dataset("stays-h4")).status());
        FormClient.Page form = producer.get("/my/datasets/stays-h4/edit");
        String csrf = form.doc().selectFirst("form[enctype] input[name=csrf]").val();
        String before = server.checksum();
        FormClient.Page refused = producer.upload("/my/datasets/stays-h4/dictionary", Map.of("csrf", csrf, "version", "1"),
                "file", "dictionnaire.csv", "text/csv", DICTIONARY.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), "a dictionary makes it a health dataset, which lacks its health metadata");
        assertEquals(before, server.checksum());
        assertEquals("true", refused.doc().selectFirst("#health_categories").attr("aria-invalid"),
                "the missing health category is shown at its field: " + refused.doc().select("#error-summary").text());
        assertEquals("true", refused.doc().selectFirst("#health_hdab").attr("aria-invalid"));

        FormClient.Page saved = producer.submit(producer.get("/my/datasets/stays-h4/edit"), "form.dataset-form",
                merged(health(), firstDistribution()));
        assertEquals(303, saved.status(), saved.doc().select("#error-summary").text());
        FormClient.Page uploaded = producer.upload("/my/datasets/stays-h4/dictionary", Map.of("csrf", csrf, "version", "2"),
                "file", "dictionnaire.csv", "text/csv", DICTIONARY.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, uploaded.status(), uploaded.doc().select("#error-summary").text());

        FormClient.Page again = producer.submit(producer.get(uploaded.location()), "form.dataset-form",
                Map.of("title_en", "Hospital stays by region", "health_numberOfUniqueIndividuals", "9000"));
        assertEquals(303, again.status(), "the record with a dictionary is saved from the form: " + again.doc().select("#error-summary").text());
        Graph v4 = version("stays-h4", 4);
        Node ds = iri(server.catalog().iris().dataset("stays-h4"));
        assertTrue(v4.contains(ds, HealthDCATAP.hasVariables.asNode(), Node.ANY), "the dictionary is kept");
        assertTrue(v4.contains(ds, HealthDCATAP.hasStructuredData.asNode(), NodeFactory.createLiteralByValue(true)));
        assertTrue(v4.contains(ds, HealthDCATAP.numberOfUniqueIndividuals.asNode(),
                NodeFactory.createLiteralDT("9000", XSDDatatype.XSDnonNegativeInteger)));
        assertTrue(v4.contains(ds, HealthDCATAP.healthCategory.asNode(), iri(HRAD)), "the health metadata is kept");
        assertTrue(v4.find().toList().stream().anyMatch(t -> t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().equals("SEJ_NUM")), "the variables too");
    }

    @Test
    void theJsonApiTakesTheHealthFieldsAndTheNewDistributionFields() throws Exception {
        String body = """
                {"id": "stays-h5", "title": {"fr": "Séjours hospitaliers"}, "description": {"fr": "Séjours par région."},
                 "publisher": "%1$s", "accessRights": "PUBLIC", "themes": ["HEAL"],
                 "contactPoint": {"email": "contact@example.org"},
                 "distributions": [{"accessURL": "https://www.example.org/stays", "format": "CSV", "licence": "CC_BY_4_0",
                                    "byteSize": 52000, "applicableLegislation": ["%2$s"]}],
                 "health": {"healthCategories": ["HRAD"], "hdab": "%1$s", "applicableLegislation": ["%2$s"],
                            "numberOfRecords": 12000, "minTypicalAge": 18, "retentionPeriod": {"end": "2040-12-31"},
                            "hasStructuredData": false}}
                """.formatted(FormServer.ATIH, EHDS);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/datasets")))
                .header("Authorization", "Bearer " + atih).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        Graph g = version("stays-h5", 1);
        Node ds = iri(server.catalog().iris().dataset("stays-h5"));
        assertTrue(g.contains(ds, HealthDCATAP.healthCategory.asNode(), iri(HRAD)), "a category code becomes its IRI");
        assertTrue(g.contains(ds, HealthDCATAP.minTypicalAge.asNode(), NodeFactory.createLiteralDT("18", XSDDatatype.XSDnonNegativeInteger)));
        assertTrue(g.contains(iri(ds.getURI() + "#retention"), DCAT.endDate.asNode(), NodeFactory.createLiteralDT("2040-12-31", XSDDatatype.XSDdate)));
        assertTrue(g.contains(iri(ds.getURI() + "/distribution/1"), DCTerms.license.asNode(),
                iri("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0")));

        HttpResponse<String> bad = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/datasets")))
                .header("Authorization", "Bearer " + atih).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"stays-h6\", \"title\": {\"fr\": \"x\"}, "
                        + "\"health\": {\"maxTypicalAge\": -1}}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("health.maxTypicalAge"), bad.body());
    }
}

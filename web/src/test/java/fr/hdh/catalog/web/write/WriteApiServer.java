package fr.hdh.catalog.web.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.record.WorkspaceTerms;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.ServedCatalog;
import fr.hdh.catalog.web.StoreDigest;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.search.SearchWebModule;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The server the write API's security tests run against: an in-memory catalogue holding the two
 * producer organisations of catalog-core's {@code /workflow} fixtures (ATIH and DREES), served on port 0
 * with the DCAT pages, search and the write API, the admin token {@link #ADMIN}. Besides HTTP calls it
 * tells what the catalogue holds as checksums, so a test can show that a refused call changed nothing:
 * {@link #publicChecksum()} over the public store (what SPARQL, search, pages and {@code /catalog} serve)
 * and {@link #workspaceChecksum()} over the private workspace's audit log and users (every workspace
 * change appends to the audit log; token issues and revocations change the users graph).
 */
final class WriteApiServer implements AutoCloseable {
    static final String BASE = "http://test.example/";
    static final String ADMIN = "admin-token-of-the-write-security-tests";
    static final String ATIH = BASE + "producer/atih";
    static final String DREES = BASE + "producer/drees";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATASET = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            <http://test.example/dataset/%s> a dcat:Dataset ;
                dct:identifier "%s" ;
                dct:title "Séjours hospitaliers %s"@fr , "Hospital stays %s"@en ;
                dct:description "Nombre de séjours hospitaliers par région et par année."@fr ;
                dct:publisher <%s> ;
                dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> .
            """;

    /**
     * A dataset complete for HealthDCAT-AP, the profile a dataset with a variable dictionary answers to. The
     * server's test store holds no EU vocabulary, so the authority values are typed here.
     */
    private static final String HEALTH_DATASET = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix dcatap: <http://data.europa.eu/r5r/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix healthdcatap: <http://healthdataportal.eu/ns/health#> .
            @prefix cv: <http://data.europa.eu/m8g/> .
            @prefix eli: <http://data.europa.eu/eli/ontology#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <http://test.example/dataset/%s> a dcat:Dataset ;
                dct:identifier "%s" ;
                dct:title "Séjours hospitaliers"@fr , "Hospital stays"@en ;
                dct:description "Séjours hospitaliers en médecine, chirurgie et obstétrique."@fr ;
                dct:publisher <%s> ;
                dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;
                dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                dcatap:applicableLegislation <http://data.europa.eu/eli/reg/2025/327/oj> ;
                healthdcatap:hdab <%s> ;
                healthdcatap:healthCategory <http://healthdataportal.eu/ns/health#EHR> ;
                healthdcatap:hasStructuredData false ;
                dcat:distribution <http://test.example/dataset/%s/distribution/csv> .
            <http://test.example/dataset/%s/distribution/csv> a dcat:Distribution ;
                dcat:accessURL <https://www.example.org/data> ;
                dcatap:applicableLegislation <http://data.europa.eu/eli/reg/2025/327/oj> .
            <http://data.europa.eu/eli/reg/2025/327/oj> a eli:LegalResource .
            <http://publications.europa.eu/resource/authority/access-right/PUBLIC> a dct:RightsStatement .
            <http://publications.europa.eu/resource/authority/data-theme/HEAL> a skos:Concept ; skos:prefLabel "Santé"@fr .
            <http://healthdataportal.eu/ns/health#EHR> a skos:Concept ; skos:prefLabel "Dossiers de santé"@fr .
            """;

    final Catalog catalog;
    private final ServedCatalog served;

    private WriteApiServer(ServedCatalog served) {
        this.served = served;
        this.catalog = served.catalog();
    }

    static WriteApiServer start() {
        Catalog catalog = Catalog.open(CatalogConfig.inMemory(BASE), ReferenceLookup.NONE);
        try {
            catalog.records().putAll(fr.hdh.catalog.core.record.WorkflowFixtures.read("producers.ttl"), Progress.NONE);
        } catch (RuntimeException | Error e) {
            catalog.close();
            throw e;
        }
        return new WriteApiServer(ServedCatalog.start(catalog, c -> List.of(new DcatWebModule(c), new SearchWebModule(c),
                new WriteWebModule(c, Optional.of(ADMIN), 10_000))));
    }

    @Override
    public void close() {
        served.close();
    }

    /** A request to {@code path} ({@code /api/...}) with {@code method}. */
    Call call(String method, String path) {
        return new Call(method, path);
    }

    /** A user made by the admin over the API; answers its token. */
    String user(String name, String role, String... organisations) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("role", role);
        if (organisations.length > 0) {
            body.put("organisations", List.of(organisations));
        }
        HttpResponse<String> r = call("POST", "/api/users").token(ADMIN).json(body).send();
        assertEquals(201, r.statusCode(), r.body());
        return tree(r).get("token").asText();
    }

    /** The Turtle of a valid dataset record {@code <BASE>dataset/<id>} published by {@code publisher}. */
    static String dataset(String id, String publisher) {
        return DATASET.formatted(id, id, id, id, publisher);
    }

    /** The Turtle of a dataset record {@code <BASE>dataset/<id>} complete for HealthDCAT-AP, published by {@code publisher}. */
    static String healthDataset(String id, String publisher) {
        return HEALTH_DATASET.formatted(id, id, publisher, publisher, id, id);
    }

    /** The body of an answer as JSON. */
    static JsonNode tree(HttpResponse<String> r) {
        return ServedCatalog.json(r);
    }

    /** A digest of every quad of the public store, sorted. */
    String publicChecksum() {
        return StoreDigest.of(catalog.store());
    }

    /** A digest of the workspace's audit log and users graph (token hashes included). */
    String workspaceChecksum() {
        return catalog.workspace().read(() -> {
            List<String> lines = new ArrayList<>();
            catalog.workspace().graph(WorkspaceTerms.AUDIT).ifPresent(g -> lines.addAll(triples(g)));
            lines.add("--users--");
            lines.addAll(triples(catalog.workspace().users()));
            return StoreDigest.of(lines.stream());
        });
    }

    /** A digest of the history graph and every version's content of dataset {@code id} in the workspace. */
    String recordChecksum(String id) {
        String iri = BASE + "dataset/" + id;
        return catalog.workspace().read(() -> {
            List<String> lines = new ArrayList<>();
            Optional<Graph> history = catalog.workspace().graph(WorkspaceTerms.history(iri));
            history.ifPresent(h -> lines.addAll(triples(h)));
            int versions = history.map(h -> h.find(Node.ANY, WorkspaceTerms.VERSION_NUMBER, Node.ANY).toList().size()).orElse(0);
            for (int n = 1; n <= versions; n++) {
                // the latest version whole, the earlier ones as the changes leading back to them
                for (String graph : List.of(WorkspaceTerms.content(iri, n), WorkspaceTerms.added(iri, n), WorkspaceTerms.removed(iri, n))) {
                    Optional<Graph> content = catalog.workspace().graph(graph);
                    lines.add("--" + graph + "--");
                    content.ifPresent(c -> lines.addAll(triples(c)));
                }
            }
            return StoreDigest.of(lines.stream());
        });
    }

    /** How many entries the audit log holds. */
    int auditSize() {
        return catalog.workspace().audit(0, Integer.MAX_VALUE).size();
    }

    private static List<String> triples(Graph g) {
        return g.find().mapWith(t -> NodeFmtLib.strNodesNT(t.getSubject(), t.getPredicate(), t.getObject())).toList();
    }


    /** One HTTP request, built then sent. */
    final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** {@code Authorization: Bearer token}; none when {@code token} is null. */
        Call token(String token) {
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            return this;
        }

        Call header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        Call body(String type, String text) {
            return body(type, text.getBytes(StandardCharsets.UTF_8));
        }

        Call body(String type, byte[] bytes) {
            header("Content-Type", type);
            this.body = bytes;
            return this;
        }

        Call json(Object value) {
            try {
                return body("application/json", JSON.writeValueAsBytes(value));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }

        HttpResponse<String> send() {
            boolean none = body.length == 0 && !method.equals("POST") && !method.equals("PUT");
            return served.send(method, path, headers, none ? null : body);
        }
    }
}

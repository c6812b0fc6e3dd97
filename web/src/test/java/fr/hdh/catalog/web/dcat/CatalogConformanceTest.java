package fr.hdh.catalog.web.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.validation.RecordValidator;
import fr.hdh.catalog.core.validation.ShapesLibrary;
import fr.hdh.catalog.core.validation.ValidationReport;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance bar of the DCAT API, on the real demo content (loaded once, see {@link DemoServer}):
 * a harvester paging through {@code /catalog} in Turtle gets every dataset, and every one validates
 * against the official DCAT-AP 3 and HealthDCAT-AP r8 shapes of its access level with zero
 * violations, from the page alone; the other RDF syntaxes carry the same graph.
 */
class CatalogConformanceTest {
    private static final int PAGE_SIZE = 10;
    private static DemoServer demo;

    @BeforeAll
    static void loadDemo() {
        demo = DemoServer.get();
    }

    @Test
    void catalog_GET_everyDatasetOfEveryTurtlePageValidatesWithTheOfficialShapes() {
        RecordValidator validator = new RecordValidator(ShapesLibrary.shared(), EuVocabularies.bundled().lookup());
        List<String> seen = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        Optional<String> next = Optional.of("/catalog?pageSize=" + PAGE_SIZE);
        while (next.isPresent()) {
            HttpResponse<String> r = demo.get(next.get(), "text/turtle");
            assertEquals(200, r.statusCode(), r.body());
            Graph page = parse(r.body(), Lang.TURTLE);
            Node catalog = NodeFactory.createURI(demo.catalog.iris().catalog());
            List<Node> datasets = page.find(catalog, DCAT.dataset.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
            for (Node dataset : datasets) {
                seen.add(dataset.getURI());
                ValidationReport report = validator.validate(dataset.getURI(), PageClosure.of(page, dataset));
                assertTrue(report.profile().contains("HealthDCAT-AP"), report.profile());
                if (!report.conforms()) {
                    violations.add(report.toText());
                }
            }
            // The catalogue node and its catalogue records, over the whole page; the datasets were
            // checked above against the shapes of their own access level.
            validator.validate(catalog.getURI(), page).violations().stream()
                    .filter(f -> f.focusNode().equals("<" + catalog.getURI() + ">") || f.focusNode().endsWith("#record>"))
                    .forEach(f -> violations.add(f.toLine()));
            next = page.find(Node.ANY, NodeFactory.createURI(Hydra.NS + "next"), Node.ANY).nextOptional()
                    .map(t -> DemoServer.local(t.getObject().getURI()));
        }
        assertEquals(datasetCount(), seen.size(), "every dataset once: " + seen);
        assertEquals(seen.size(), seen.stream().distinct().count(), "no dataset on two pages");
        assertTrue(violations.isEmpty(), violations.size() + " page(s) with violations:\n" + String.join("\n", violations));
    }

    @Test
    void catalog_GET_jsonLdRdfXmlAndNTriplesCarryTheTurtleGraph() {
        String page = "/catalog?pageSize=" + PAGE_SIZE + "&page=2";
        Graph turtle = parse(demo.get(page, "text/turtle").body(), Lang.TURTLE);
        HttpResponse<String> jsonld = demo.get(page, "application/ld+json");
        assertTrue(jsonld.body().contains("\"@context\":{") && jsonld.body().contains("\"dct:title\""),
                "compact JSON-LD with its context: " + jsonld.body().substring(0, Math.min(400, jsonld.body().length())));
        assertTrue(turtle.isIsomorphicWith(parse(jsonld.body(), Lang.JSONLD)), "JSON-LD");
        assertTrue(turtle.isIsomorphicWith(parse(demo.get(page, "application/rdf+xml").body(), Lang.RDFXML)), "RDF/XML");
        assertTrue(turtle.isIsomorphicWith(parse(demo.get(page, "application/n-triples").body(), Lang.NTRIPLES)), "N-Triples");
    }

    private static long datasetCount() {
        return demo.catalog.stats().classCounts().getOrDefault(DCAT.Dataset.getURI(), 0L);
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }
}

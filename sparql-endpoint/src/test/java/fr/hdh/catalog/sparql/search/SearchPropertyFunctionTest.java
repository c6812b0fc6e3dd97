package fr.hdh.catalog.sparql.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.record.ContentHash;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.search.SearchService;
import fr.hdh.catalog.core.search.lucene.LuceneSearchIndex;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.store.StoreWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code hdh:search} joined with graph patterns, over a store with two variables and a dataset. */
class SearchPropertyFunctionTest {
    private static final String BASE = "http://test.example/";
    private static final String DATA = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
            @prefix csvw: <http://www.w3.org/ns/csvw#> .
            <http://test.example/dataset/pmsi-mco> {
              <http://test.example/dataset/pmsi-mco> a dcat:Dataset ; dct:title "PMSI MCO – séjours hospitaliers"@fr .
              <http://test.example/dataset/pmsi-mco/table/B> a csvw:Table ; csvw:name "T_MCOaaB" ;
                  csvw:column <http://test.example/dataset/pmsi-mco/table/B/variable/DGN_PAL> ,
                              <http://test.example/dataset/pmsi-mco/table/B/variable/DGN_REL> .
              <http://test.example/dataset/pmsi-mco/table/B/variable/DGN_PAL> a csvw:Column ;
                  csvw:name "DGN_PAL" ; csvw:title "Diagnostic principal"@fr .
              <http://test.example/dataset/pmsi-mco/table/B/variable/DGN_REL> a csvw:Column ;
                  csvw:name "DGN_REL" ; csvw:title "Diagnostic relié"@fr .
            }
            """;
    private static final String PREFIXES = "PREFIX hdh: <https://w3id.org/hdh-catalog/ns#> PREFIX csvw: <http://www.w3.org/ns/csvw#> ";

    private static CatalogStore store;
    private static SearchService search;

    @BeforeAll
    static void load() {
        store = CatalogStore.inMemory();
        StoreWriter writer = store.writer();
        search = new SearchService(LuceneSearchIndex.inMemory(), store);
        DatasetGraph fixture = DatasetGraphFactory.create();
        RDFParser.fromString(DATA, Lang.TRIG).parse(fixture);
        List<String> iris = new ArrayList<>();
        fixture.listGraphNodes().forEachRemaining(n -> iris.add(n.getURI()));
        writer.write(() -> iris.forEach(iri -> {
            Graph content = fixture.getGraph(NodeFactory.createURI(iri));
            Graph g = GraphFactory.createDefaultGraph();
            content.find().forEachRemaining(g::add);
            RecordProvenance.add(g, iri, new RecordSource("urn:test", "t"), NodeFactory.createURI(BASE + "agent/t"),
                    ContentHash.of(content), Instant.EPOCH, Instant.EPOCH, RecordProvenance.STATUS_COMPLETED);
            writer.replaceRecordGraph(iri, g);
        }));
        search.synchronize(fr.hdh.catalog.core.Progress.NONE);
        SparqlSearch.enable(store.datasetGraph(), search);
    }

    @AfterAll
    static void close() {
        search.close();
        store.close();
    }

    private static List<String> column(String query, String var) {
        return store.read(() -> {
            List<String> values = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(PREFIXES + query).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(r -> values.add(r.get(var).isLiteral() ? r.get(var).getLiteralLexicalForm() : r.get(var).getURI()));
            }
            return values;
        });
    }

    @Test
    void hitsJoinWithGraphPatternsBestFirst() {
        List<String> names = column("SELECT ?name WHERE { ?hit hdh:search (\"diagnostic principal\" 10 \"variable\") . ?hit csvw:name ?name }", "name");
        assertEquals(List.of("DGN_PAL", "DGN_REL"), names);
    }

    @Test
    void theScoreIsBoundWhenAsked() {
        List<String> scores = column("SELECT ?score WHERE { (?hit ?score) hdh:search (\"DGN_PAL\" 1) }", "score");
        assertEquals(1, scores.size());
        assertTrue(Float.parseFloat(scores.get(0)) > 0);
    }

    @Test
    void aBoundHitIsCheckedAgainstTheHits() {
        String q = "SELECT ?t WHERE { ?t csvw:column ?hit . ?hit hdh:search \"principal\" }";
        assertEquals(List.of(BASE + "dataset/pmsi-mco/table/B"), column(q, "t"));
    }

    @Test
    void aTextWithoutWordsGivesNoHitsAndAnUnknownKindIsRefused() {
        assertEquals(List.of(), column("SELECT ?hit WHERE { ?hit hdh:search \"((\" }", "hit"));
        assertThrows(RuntimeException.class,
                () -> column("SELECT ?hit WHERE { ?hit hdh:search (\"x\" 5 \"spaceship\") }", "hit"));
    }
}

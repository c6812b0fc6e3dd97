package fr.hdh.catalog.web.stats;

import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.ontologies.NamedQuery;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.stats.CatalogueStatistics.Count;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;

/** The datasets that describe the most variables ({@code variables-per-dataset.rq}), titled in the reader's language (else the other, else any). */
final class VariablesPerDataset {
    private static final Query QUERY = NamedQuery.parse("variables-per-dataset.rq");

    private final CatalogStore store;

    VariablesPerDataset(CatalogStore store) {
        this.store = store;
    }

    List<Count> top(Lang lang) {
        return store.read(() -> {
            Map<String, Titled> byDataset = new LinkedHashMap<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(QUERY.cloneQuery()).build()) {
                exec.select().forEachRemaining(row -> {
                    Titled t = byDataset.computeIfAbsent(row.get("dataset").getURI(),
                            d -> new Titled(((Number) row.get("variables").getLiteralValue()).longValue(), new LinkedHashMap<>()));
                    Node title = row.get("title");
                    if (title != null && title.isLiteral()) {
                        t.titles().putIfAbsent(title.getLiteralLanguage().toLowerCase(Locale.ROOT), title.getLiteralLexicalForm());
                    }
                });
            }
            List<Count> counts = new ArrayList<>();
            byDataset.forEach((iri, t) -> counts.add(new Count(iri, t.best(lang).orElse(iri), t.variables())));
            return counts;
        });
    }

    private record Titled(long variables, Map<String, String> titles) {
        java.util.Optional<String> best(Lang lang) {
            String title = titles.getOrDefault(lang.tag(), titles.get(lang.other().tag()));
            return java.util.Optional.ofNullable(title != null ? title : titles.values().stream().findFirst().orElse(null));
        }
    }
}

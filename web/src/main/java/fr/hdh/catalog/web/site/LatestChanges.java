package fr.hdh.catalog.web.site;

import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.ontologies.NamedQuery;
import fr.hdh.catalog.web.page.HomePage;
import fr.hdh.catalog.web.page.view.Lang;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;

/** The dataset records changed last, with their title in the reader's language (else the other, else any). */
final class LatestChanges {
    private static final Query QUERY = NamedQuery.parse("latest-datasets.rq");

    private final CatalogStore store;

    LatestChanges(CatalogStore store) {
        this.store = store;
    }

    List<HomePage.Change> list(Lang lang) {
        return store.read(() -> {
            Map<String, Titles> byDataset = new LinkedHashMap<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(QUERY.cloneQuery()).build()) {
                exec.select().forEachRemaining(row -> {
                    String iri = row.get("dataset").getURI();
                    Titles titles = byDataset.computeIfAbsent(iri,
                            d -> new Titles(Instant.parse(row.get("modified").getLiteralLexicalForm()), new LinkedHashMap<>()));
                    Node title = row.get("title");
                    if (title != null && title.isLiteral()) {
                        titles.byLang().putIfAbsent(title.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT),
                                title.getLiteralLexicalForm());
                    }
                });
            }
            List<HomePage.Change> changes = new ArrayList<>();
            byDataset.forEach((iri, t) -> changes.add(new HomePage.Change(iri, t.best(lang).orElse(iri), t.modified())));
            return changes;
        });
    }

    private record Titles(Instant modified, Map<String, String> byLang) {
        java.util.Optional<String> best(Lang lang) {
            String title = byLang.getOrDefault(lang.tag(), byLang.get(lang.other().tag()));
            return java.util.Optional.ofNullable(title != null ? title : byLang.values().stream().findFirst().orElse(null));
        }
    }
}

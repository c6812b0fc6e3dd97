package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.web.page.GraphLabels;
import fr.hdh.catalog.web.page.MemberSource;
import fr.hdh.catalog.web.page.ResourcePage;
import fr.hdh.catalog.web.page.view.Lang;
import java.util.List;

/**
 * The members of a large concept scheme read from its stored graph, only those a page shows: their IRIs were listed
 * when the scheme was resolved; codes and labels are read, in one read transaction, for the lines asked for.
 */
final class StoreMembers implements MemberSource {
    private final CatalogStore store;
    private final String scheme;
    private final List<String> iris;

    StoreMembers(CatalogStore store, String scheme, List<String> iris) {
        this.store = store;
        this.scheme = scheme;
        this.iris = List.copyOf(iris);
    }

    @Override
    public List<String> iris() {
        return iris;
    }

    @Override
    public List<Member> members(List<String> wanted, Lang lang) {
        return store.read(() -> store.storedGraph(scheme).map(g -> {
            GraphLabels labels = new GraphLabels(g, lang);
            return wanted.stream().map(iri -> ResourcePage.member(g, labels, scheme, iri)).toList();
        }).orElse(List.of()));
    }
}

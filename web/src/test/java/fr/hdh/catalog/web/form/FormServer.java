package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.record.WorkspaceTerms;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.web.ServedCatalog;
import fr.hdh.catalog.web.StoreDigest;
import fr.hdh.catalog.web.dcat.DcatWebModule;
import fr.hdh.catalog.web.search.SearchWebModule;
import fr.hdh.catalog.web.site.SiteWebModule;
import fr.hdh.catalog.web.write.WriteWebModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The server the forms' tests run against: an in-memory catalogue holding the two producer organisations of
 * catalog-core's {@code /workflow} fixtures (ATIH and DREES), served on port 0 with the pages, the DCAT API,
 * the write API and the forms, the admin token {@link #ADMIN}. It makes users directly in the accounts (the
 * API's own tests cover that path), and tells what the store holds as a checksum, so a test can show that a
 * refused form wrote nothing.
 */
public final class FormServer implements AutoCloseable {
    public static final String BASE = "http://test.example/";
    public static final String ADMIN = "admin-token-of-the-forms-tests";
    public static final String ATIH = BASE + "producer/atih";
    public static final String DREES = BASE + "producer/drees";

    private final Catalog catalog;
    private final ServedCatalog served;

    private FormServer(ServedCatalog served) {
        this.served = served;
        this.catalog = served.catalog();
    }

    public static FormServer start() {
        return start(ReferenceLookup.NONE);
    }

    /** The server validating against {@code background} (the bundled EU vocabularies, as the real server does). */
    public static FormServer start(ReferenceLookup background) {
        Catalog catalog = Catalog.open(CatalogConfig.inMemory(BASE), background);
        try {
            catalog.records().putAll(fr.hdh.catalog.core.record.WorkflowFixtures.read("producers.ttl"), Progress.NONE);
        } catch (RuntimeException | Error e) {
            catalog.close();
            throw e;
        }
        return new FormServer(ServedCatalog.start(catalog, c -> List.of(new SiteWebModule(c), new DcatWebModule(c),
                new SearchWebModule(c), new WriteWebModule(c, Optional.of(ADMIN), 10_000),
                new FormWebModule(c, Optional.of(ADMIN)))));
    }

    @Override
    public void close() {
        served.close();
    }

    public Catalog catalog() {
        return catalog;
    }

    public String url(String path) {
        return served.url(path);
    }

    /** A new user; answers its API token. */
    public String user(String name, Role role, String... organisations) {
        return catalog.accounts().add(new User(name, role, Set.of(organisations)), "admin").token();
    }

    /** A digest of the workspace (every version, history and audit entry) and of the public store. */
    public String checksum() {
        List<String> lines = new ArrayList<>();
        catalog.workspace().read(() -> {
            catalog.workspace().forEachQuad(q -> {
                String graph = q.getGraph().getURI();
                if (!graph.equals(WorkspaceTerms.USERS) && !graph.equals(WorkspaceTerms.SECRETS)) {
                    lines.add(NodeFmtLib.strNQ(q));
                }
            });
            return null;
        });
        catalog.store().read(() -> {
            catalog.store().datasetGraph().find().forEachRemaining(q -> lines.add(NodeFmtLib.strNQ(q)));
            return null;
        });
        return StoreDigest.of(lines.stream());
    }
}

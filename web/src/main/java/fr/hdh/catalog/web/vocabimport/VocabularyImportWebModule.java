package fr.hdh.catalog.web.vocabimport;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.account.Authenticator;
import fr.hdh.catalog.web.account.Curators;
import fr.hdh.catalog.web.api.CatalogExceptionMapper;
import fr.hdh.catalog.web.api.RefusalClosesConnection;
import fr.hdh.catalog.web.server.WebModule;
import java.util.Optional;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * {@code POST /api/vocabularies}: vocabularies loaded from FHIR CodeSystem, CSV code lists and SKOS files,
 * one version at a time.
 *
 * <pre>
 * CatalogServer.start(catalog, settings, readiness, List.of(new VocabularyImportWebModule(catalog, Optional.of(adminToken))));
 * </pre>
 */
public final class VocabularyImportWebModule implements WebModule {
    private final Curators curators;
    private final VocabularyImports imports;

    public VocabularyImportWebModule(Catalog catalog, Optional<String> adminToken) {
        this.curators = new Curators(new Authenticator(adminToken, catalog.accounts()));
        this.imports = new VocabularyImports(catalog);
    }

    @Override
    public void addApi(ResourceConfig api) {
        RefusalClosesConnection.registerIn(api);
        api.register(VocabularyImportResource.class);
        if (!api.isRegistered(CatalogExceptionMapper.class)) {
            api.register(CatalogExceptionMapper.class);
        }
        api.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(imports).to(VocabularyImports.class);
                bind(curators).to(Curators.class);
            }
        });
    }
}

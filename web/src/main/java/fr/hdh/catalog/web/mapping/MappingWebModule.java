package fr.hdh.catalog.web.mapping;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.vocab.mapping.MappingCandidates;
import fr.hdh.catalog.vocab.mapping.MappingSets;
import fr.hdh.catalog.web.account.Authenticator;
import fr.hdh.catalog.web.account.Curators;
import fr.hdh.catalog.web.api.RefusalClosesConnection;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.server.WebModule;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The mappings API, {@code /api/mappings}: SSSOM mapping sets read and written as SSSOM TSV, SSSOM JSON
 * or FHIR ConceptMap, reviewed, and the assisted-mapping candidates; and the page {@code /mappings}
 * that shows the sets and, for {@code ?variable=IRI}, the candidates.
 *
 * <pre>
 * CatalogServer.start(catalog, settings, readiness, List.of(new MappingWebModule(catalog, Optional.of(adminToken))));
 * </pre>
 */
public final class MappingWebModule implements WebModule {
    private final Catalog catalog;
    private final Curators curators;
    private final MappingSets sets;
    private final MappingCandidates candidates;

    public MappingWebModule(Catalog catalog, Optional<String> adminToken) {
        this.catalog = catalog;
        this.curators = new Curators(new Authenticator(adminToken, catalog.accounts()));
        this.sets = new MappingSets(catalog);
        this.candidates = new MappingCandidates(catalog);
    }

    @Override
    public void addServlets(FusekiServer.Builder builder) {
        builder.addServlet(MappingsPageServlet.PATH, new MappingsPageServlet(sets, candidates,
                new MappingsPage(new LocalLinks(catalog.iris().base())), new HtmlResponses()));
    }

    @Override
    public void addApi(ResourceConfig api) {
        RefusalClosesConnection.registerIn(api);
        api.register(MappingsResource.class);
        api.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(sets).to(MappingSets.class);
                bind(candidates).to(MappingCandidates.class);
                bind(curators).to(Curators.class);
            }
        });
    }
}

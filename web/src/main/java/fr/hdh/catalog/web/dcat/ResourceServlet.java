package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.harvest.run.DatasetQuality;
import fr.hdh.catalog.harvest.run.StoredQuality;
import fr.hdh.catalog.web.page.DatasetPage;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.page.ResourcePage;
import fr.hdh.catalog.web.page.VocabularyLabels;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * Dereferences the IRIs the catalogue mints ({@code /dataset/…}, {@code /producer/…},
 * {@code /vocabulary/…}, {@code /standard/…}, {@code /project/…}): the request path is resolved
 * against the configured base IRI, whatever address the server answers on, and the description is
 * served by content negotiation (a dataset's HTML is its page). Unknown → 404 naming the IRI.
 */
final class ResourceServlet extends HttpServlet {
    /** The first path segments of minted IRIs this servlet answers. */
    static final String[] PREFIXES = {"dataset", "producer", "vocabulary", "standard", "project"};

    private final transient ResourceResolver resolver;
    private final transient CatalogStore store;
    private final transient GraphWriter writer;
    private final transient LocalLinks links;
    private final transient VocabularyLabels labels;
    private final String base;

    ResourceServlet(ResourceResolver resolver, CatalogStore store, GraphWriter writer, LocalLinks links,
                    VocabularyLabels labels, String base) {
        this.resolver = resolver;
        this.store = store;
        this.writer = writer;
        this.links = links;
        this.labels = labels;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        RdfVariant variant;
        try {
            variant = Negotiation.choose(req.getParameter("format"), req.getHeader("Accept"));
        } catch (BadRequestException e) {
            DcatResponses.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (Negotiation.NotAcceptableException e) {
            DcatResponses.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, e.getMessage());
            return;
        }
        String iri = base + req.getRequestURI().substring(req.getContextPath().length() + 1);
        Optional<ResolvedResource> found = resolver.resolve(iri);
        if (found.isEmpty()) {
            DcatResponses.error(resp, HttpServletResponse.SC_NOT_FOUND, "Nothing is known about <" + iri + "> in this "
                    + "catalogue: no record has that IRI or describes it. The list of datasets is at /catalog.");
            return;
        }
        ResolvedResource resource = found.get();
        // A dataset's page also shows its quality, measured apart from its record: the ETag follows both.
        Optional<DatasetQuality> measured = variant == RdfVariant.HTML && resource.dataset()
                ? StoredQuality.dataset(store, iri) : Optional.empty();
        String version = resource.recordIri() + "@" + resource.modified()
                + measured.map(q -> "|quality " + q.score() + " " + q.run().orElse("")).orElse("");
        Validators validators = Validators.of(version, iri + "|" + variant, resource.modified());
        if (validators.answerNotModified(req, resp)) {
            return;
        }
        if (variant == RdfVariant.HTML) {
            String path = links.href(iri).orElse(req.getRequestURI());
            Graph shown = labels.addTo(resource.graph());
            DcatResponses.html(resp, resource.dataset()
                    ? new DatasetPage(links).render(shown, iri, path, measured)
                    : new ResourcePage(links).render(shown, iri, path));
        } else {
            DcatResponses.rdfHeaders(resp, variant);
            writer.write(resource.graph(), variant, resp.getOutputStream());
        }
    }
}

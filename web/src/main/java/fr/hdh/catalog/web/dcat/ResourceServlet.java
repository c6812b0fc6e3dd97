package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.core.quality.DatasetQuality;
import fr.hdh.catalog.core.quality.QualityService;
import fr.hdh.catalog.core.record.AsPublished;
import fr.hdh.catalog.core.validation.Amendment;
import fr.hdh.catalog.web.page.DatasetPage;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.page.PageContext;
import fr.hdh.catalog.web.page.MemberQuery;
import fr.hdh.catalog.web.page.ResourcePage;
import fr.hdh.catalog.web.page.UsageSection;
import fr.hdh.catalog.web.page.VocabularyLabels;
import fr.hdh.catalog.web.page.record.RecordPages;
import fr.hdh.catalog.web.page.view.DatasetView;
import fr.hdh.catalog.web.page.view.PageView;
import fr.hdh.catalog.web.vocabulary.ConceptPages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * Dereferences the IRIs the catalogue mints ({@code /dataset/…}, {@code /producer/…},
 * {@code /vocabulary/…}, {@code /standard/…}, {@code /project/…}), and serves any other stored record
 * (a harvested dataset under its partner's IRI) at {@code /record?iri=…}: the request path is resolved
 * against the configured base IRI, whatever address the server answers on, and the description is
 * served by content negotiation (a dataset's HTML is its page, in the reader's language; a table, a variable
 * and a producer have theirs too, {@code web.page.record}). Unknown → 404
 * naming the IRI (a page for a browser).
 */
final class ResourceServlet extends HttpServlet {
    /** The first path segments of minted IRIs this servlet answers. */
    static final String[] PREFIXES = {"dataset", "producer", "vocabulary", "standard", "project"};

    private final transient ResourceResolver resolver;
    private final transient QualityService quality;
    private final transient GraphWriter writer;
    private final transient LocalLinks links;
    private final transient VocabularyLabels labels;
    private final transient HtmlResponses html;
    private final String base;
    private final transient AsPublished asPublished;
    private final transient UsageSection usage;
    private final transient ConceptPages concepts;
    private final transient RecordPages records;

    ResourceServlet(ResourceResolver resolver, QualityService quality, AsPublished asPublished, UsageSection usage,
                    RecordPages records, GraphWriter writer, LocalLinks links, VocabularyLabels labels, HtmlResponses html,
                    String base, ConceptPages concepts) {
        this.concepts = concepts;
        this.records = records;
        this.asPublished = asPublished;
        this.usage = usage;
        this.resolver = resolver;
        this.quality = quality;
        this.writer = writer;
        this.links = links;
        this.labels = labels;
        this.html = html;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        RdfVariant variant;
        try {
            variant = Negotiation.choose(req.getParameter("format"), req.getHeader("Accept"));
        } catch (BadRequestException e) {
            DcatResponses.error(req, resp, html, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (Negotiation.NotAcceptableException e) {
            DcatResponses.error(req, resp, html, HttpServletResponse.SC_NOT_ACCEPTABLE, e.getMessage());
            return;
        }
        boolean byIri = LocalLinks.RECORD_PAGE.equals(req.getServletPath());
        String iri = byIri ? req.getParameter("iri") : base + req.getRequestURI().substring(req.getContextPath().length() + 1);
        if (iri == null || iri.isBlank()) {
            DcatResponses.error(req, resp, html, HttpServletResponse.SC_BAD_REQUEST,
                    "Say which record: /record?iri= followed by the IRI of a dataset, producer or any resource a record describes");
            return;
        }
        Optional<ResolvedResource> found = variant == RdfVariant.HTML ? resolver.resolveForPage(iri) : resolver.resolve(iri);
        if (found.isEmpty()) {
            DcatResponses.error(req, resp, html, HttpServletResponse.SC_NOT_FOUND, "Nothing is known about <" + iri
                    + "> in this catalogue: no record has that IRI or describes it. The list of datasets is at /catalog.",
                    context -> context.m().f("error.unknownResource", iri));
            return;
        }
        ResolvedResource resource = found.get();
        if (variant == RdfVariant.HTML) {
            page(req, resp, iri, resource);
        } else {
            Validators validators = Validators.of(resource.recordIri() + "@" + resource.modified(), iri + "|" + variant,
                    resource.modified());
            if (validators.answerNotModified(req, resp)) {
                return;
            }
            DcatResponses.rdfHeaders(resp, variant);
            writer.write(resource.graph(), variant, resp.getOutputStream());
        }
    }

    /** The resource's page, in the reader's language; a dataset's page also shows its quality and its reuse. */
    private void page(HttpServletRequest req, HttpServletResponse resp, String iri, ResolvedResource resource) throws IOException {
        if (ConceptPages.isConcept(resource.graph(), iri) && concepts.send(req, resp, iri)) {
            return;
        }
        PageContext context = html.context(req, resp);
        // A dataset's quality is measured apart from its record: the ETag follows both, and the language.
        Optional<DatasetQuality> measured = resource.dataset() ? quality.dataset(iri) : Optional.empty();
        List<Amendment> amendments = resource.dataset() ? asPublished.amendments(resource.recordIri()).orElse(List.of()) : List.of();
        // Its projects and publications are records of their own: the ETag follows them too.
        Optional<DatasetView.Usage> reuse = resource.dataset() ? usage.of(iri, context.lang()) : Optional.empty();
        String path = links.recordHref(iri).orElse(req.getRequestURI());
        // A table, a variable or a producer has a page of its own, by its rdf:type; it reads other records
        // (mappings, namesakes, datasets), so the ETag follows the page itself.
        Optional<PageView> record = resource.dataset() ? Optional.empty() : records.view(resource.graph(), iri, path, context.lang());
        String version = resource.recordIri() + "@" + resource.modified()
                + measured.map(q -> "|quality " + q.score() + " " + q.run().orElse("")).orElse("")
                + "|amendments " + amendments.hashCode() + "|usage " + reuse.hashCode() + "|record " + record.hashCode();
        MemberQuery members = MemberQuery.of(req.getParameter("page"), req.getParameter("q"));
        Validators validators = Validators.of(version, iri + "|" + RdfVariant.HTML + "|" + context.lang().tag()
                + "|" + members.key(), resource.modified());
        html.headers(resp, context);
        if (validators.answerNotModified(req, resp)) {
            return;
        }
        Graph shown = labels.addTo(resource.graph());
        PageView view = resource.dataset()
                ? new DatasetPage(links).view(shown, iri, path, measured, amendments, reuse, context.lang())
                : record.orElseGet(() -> resource.members()
                        .map(source -> new ResourcePage(links).view(shown, iri, path, context.lang(), members, source))
                        .orElseGet(() -> new ResourcePage(links).view(shown, iri, path, context.lang(), members)));
        html.send(resp, context, HttpServletResponse.SC_OK, view);
    }
}

package fr.hdh.catalog.web.vocabulary;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.page.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The HTML page of a concept, for the servlet that dereferences IRIs ({@code web.dcat}): when the
 * resource asked for is a {@code skos:Concept}, that servlet hands the request here. The page reads the
 * concept afresh (its mappings and uses live in other records), in the reader's language, with
 * {@value #NARROWER_PER_PAGE} narrower concepts a page ({@code ?page=}; a page that is not a whole
 * number from 1 shows the first).
 */
public final class ConceptPages {
    static final int NARROWER_PER_PAGE = 200;

    private final Concepts concepts;
    private final ConceptPage page;
    private final LocalLinks links;
    private final HtmlResponses html;

    public ConceptPages(Catalog catalog, LocalLinks links, HtmlResponses html) {
        this.concepts = new Concepts(catalog);
        this.page = new ConceptPage(links);
        this.links = links;
        this.html = html;
    }

    /** Whether {@code graph}, the description of {@code iri}, says it is a concept. */
    public static boolean isConcept(Graph graph, String iri) {
        return graph.contains(NodeFactory.createURI(iri), RDF.type.asNode(), SKOS.Concept.asNode());
    }

    /** Answers with the page of concept {@code iri}; false (nothing sent) when the store holds no such concept. */
    public boolean send(HttpServletRequest req, HttpServletResponse resp, String iri) throws IOException {
        PageContext context = html.context(req, resp);
        String lang = context.lang().tag();
        Optional<ConceptDescription> concept = concepts.describe(iri,
                new Concepts.Request(lang, pageNumber(req.getParameter("page")), NARROWER_PER_PAGE));
        if (concept.isEmpty()) {
            return false;
        }
        String path = links.recordHref(iri).orElse(req.getRequestURI());
        html.send(resp, context, HttpServletResponse.SC_OK, page.view(concept.get(), lang, path));
        return true;
    }

    private static int pageNumber(String value) {
        try {
            int n = value == null ? 1 : Integer.parseInt(value.strip());
            return n >= 1 && n <= 1_000_000 ? n : 1;
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}

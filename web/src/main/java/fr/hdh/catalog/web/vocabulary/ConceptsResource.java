package fr.hdh.catalog.web.vocabulary;

import fr.hdh.catalog.ontologies.Namespaces;
import fr.hdh.catalog.web.api.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * {@code GET /api/concepts?iri=} and {@code GET /api/concepts/{scheme}/{notation}}: one concept, named by
 * its IRI, or by the identifier of its scheme (as {@code /api/vocabularies} lists it, e.g. {@code IR_CIM_V})
 * and its {@code skos:notation} in it (e.g. {@code I21}). As JSON ({@link ConceptDescription}: labels,
 * notation, schemes, broader chain, one page of narrower concepts — {@code page}, {@code size} 1–500 —
 * mappings and where it is used; other resources labelled in {@code lang}, {@code fr} or {@code en}); as
 * Turtle or JSON-LD, the concept's own statements. Unknown concept → 404 naming it.
 */
@Path("concepts")
public final class ConceptsResource {
    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 500;
    static final String TURTLE = "text/turtle";
    static final String JSON_LD = "application/ld+json";

    @Inject
    Concepts concepts;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";qs=1")
    public ConceptDescription byIri(@QueryParam("iri") String iri, @QueryParam("lang") String lang,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return describe(required(iri), lang, page, size);
    }

    @GET
    @Produces(TURTLE + ";qs=0.9")
    public Response turtleByIri(@QueryParam("iri") String iri) {
        return rdf(required(iri), RDFFormat.TURTLE_PRETTY, TURTLE);
    }

    @GET
    @Produces(JSON_LD + ";qs=0.8")
    public Response jsonLdByIri(@QueryParam("iri") String iri) {
        return rdf(required(iri), RDFFormat.JSONLD_PRETTY, JSON_LD);
    }

    @GET
    @Path("{scheme}/{notation}")
    @Produces(MediaType.APPLICATION_JSON + ";qs=1")
    public ConceptDescription byNotation(@PathParam("scheme") String scheme, @PathParam("notation") String notation,
            @QueryParam("lang") String lang, @QueryParam("page") String page, @QueryParam("size") String size) {
        return describe(iri(scheme, notation), lang, page, size);
    }

    @GET
    @Path("{scheme}/{notation}")
    @Produces(TURTLE + ";qs=0.9")
    public Response turtleByNotation(@PathParam("scheme") String scheme, @PathParam("notation") String notation) {
        return rdf(iri(scheme, notation), RDFFormat.TURTLE_PRETTY, TURTLE);
    }

    @GET
    @Path("{scheme}/{notation}")
    @Produces(JSON_LD + ";qs=0.8")
    public Response jsonLdByNotation(@PathParam("scheme") String scheme, @PathParam("notation") String notation) {
        return rdf(iri(scheme, notation), RDFFormat.JSONLD_PRETTY, JSON_LD);
    }

    private ConceptDescription describe(String iri, String lang, String page, String size) {
        Paging paging = Paging.of(page, size, DEFAULT_SIZE, MAX_SIZE);
        String wanted = lang == null || lang.isBlank() ? "fr" : lang.strip().toLowerCase(Locale.ROOT);
        if (!wanted.equals("fr") && !wanted.equals("en")) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "lang: fr or en, not '" + lang + "'");
        }
        return concepts.describe(iri, new Concepts.Request(wanted, paging.page(), paging.size()))
                .orElseThrow(() -> unknown(iri));
    }

    private Response rdf(String iri, RDFFormat format, String mediaType) {
        Graph g = concepts.statements(iri);
        if (!g.contains(NodeFactory.createURI(iri), RDF.type.asNode(), SKOS.Concept.asNode())) {
            throw unknown(iri);
        }
        g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        StreamingOutput body = out -> RDFDataMgr.write(out, g, format);
        return Response.ok(body, mediaType + "; charset=utf-8").build();
    }

    private String iri(String scheme, String notation) {
        return concepts.byNotation(scheme, notation).orElseThrow(() -> Problems.exception(Response.Status.NOT_FOUND,
                "concept: no concept of notation '" + notation + "' in a concept scheme identified '" + scheme
                        + "' (the identifiers are listed at /api/vocabularies)"));
    }

    private static String required(String iri) {
        if (iri == null || iri.isBlank()) {
            throw Problems.exception(Response.Status.BAD_REQUEST,
                    "iri: say which concept, /api/concepts?iri= followed by the concept's IRI (or /api/concepts/{scheme}/{notation})");
        }
        return iri.strip();
    }

    private static WebApplicationException unknown(String iri) {
        return Problems.exception(Response.Status.NOT_FOUND,
                "concept: nothing in this catalogue says <" + iri + "> is a skos:Concept");
    }
}

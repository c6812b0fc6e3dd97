package fr.hdh.catalog.core.usage;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.ontologies.PROV;
import fr.hdh.catalog.ontologies.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * A publication form as the record graph of the usage model, and back; two forms of one DOI merged. The
 * authors are {@code dct:creator} literals and, to keep their order, a {@code bibo:authorList}; the graph
 * also says {@code <dataset> dct:isReferencedBy <publication>} for each dataset it cites, for readers who
 * start from the dataset.
 */
final class PublicationGraph {
    private static final String AUTHOR_LIST = Usage.BIBO + "authorList";
    private static final String LANGUAGES = "http://publications.europa.eu/resource/authority/language/";
    private static final Map<String, String> TWO_LETTERS = Map.of("en", "ENG", "fr", "FRA", "de", "DEU", "es", "SPA",
            "it", "ITA", "nl", "NLD", "pt", "POR");

    private PublicationGraph() {}

    /** The IRI of the publication: its DOI's, else one minted from its id; empty when it has neither. */
    static Optional<String> iri(PublicationForm f, UsageRefs refs) {
        if (!Literals.blank(f.doi())) {
            return Doi.normalise(f.doi()).map(Doi::iri);
        }
        return Literals.blank(f.id()) || !ProjectGraph.ID.matcher(f.id()).matches()
                ? Optional.empty() : Optional.of(refs.iris().publication(f.id()));
    }

    /** The record of {@code f}, or empty when a field is wrong (the problems added to {@code errors}). */
    static Optional<CatalogRecord> build(PublicationForm f, UsageRefs refs, RecordSource source, FormErrors errors) {
        String o = f.origin();
        int before = errors.size();
        if (!Literals.blank(f.doi()) && Doi.normalise(f.doi()).isEmpty()) {
            errors.add(o, "doi", "'" + f.doi() + "' is not a DOI (10.NNNN/suffix, with or without https://doi.org/)");
        } else if (iri(f, refs).isEmpty()) {
            errors.add(o, "doi", "a publication needs a DOI, or an id of letters, digits, '.', '_' or '-'");
        }
        if (Literals.blank(f.title())) {
            errors.add(o, "title", "a publication needs a title");
        }
        if (errors.size() != before) {
            return Optional.empty();
        }
        String iri = iri(f, refs).orElseThrow();
        Node pub = NodeFactory.createURI(iri);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(pub, RDF.type.asNode(), FOAF.Document.asNode());
        g.add(pub, RDF.type.asNode(), Usage.ScholarlyArticle.asNode());
        Doi.ofIri(iri).ifPresent(d -> g.add(pub, Usage.doi.asNode(), NodeFactory.createLiteralString(d)));
        if (Doi.ofIri(iri).isEmpty()) {
            g.add(pub, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(f.id()));
        }
        g.add(pub, DCTerms.title.asNode(), NodeFactory.createLiteralString(f.title().strip()));
        authors(g, pub, f.authors());
        if (!Literals.blank(f.issued())) {
            Literals.yearOrDate(f.issued()).ifPresentOrElse(d -> g.add(pub, DCTerms.issued.asNode(), d),
                    () -> errors.add(o, "year", "'" + f.issued() + "' is not a year (2021) or a date (2021-03-04)"));
        }
        if (!Literals.blank(f.venue())) {
            g.add(pub, Usage.isPartOf.asNode(), NodeFactory.createLiteralString(f.venue().strip()));
        }
        if (!Literals.blank(f.language())) {
            language(f.language()).ifPresentOrElse(l -> g.add(pub, DCTerms.language.asNode(), l),
                    () -> errors.add(o, "language", "'" + f.language() + "' is not an ISO 639 language code (en, fr, eng)"));
        }
        for (int i = 0; i < f.datasets().size(); i++) {
            String d = refs.dataset(f.datasets().get(i));
            if (!refs.isDataset().test(d)) {
                errors.add(o, "datasets[" + i + "]", "the catalogue has no dataset " + d);
                continue;
            }
            Node dataset = NodeFactory.createURI(d);
            g.add(pub, Usage.citesAsDataSource.asNode(), dataset);
            g.add(dataset, DCTerms.isReferencedBy.asNode(), pub);
        }
        if (!Literals.blank(f.project())) {
            g.add(pub, PROV.wasGeneratedBy.asNode(), NodeFactory.createURI(refs.project(f.project())));
        }
        return errors.size() == before ? Optional.of(new CatalogRecord(iri, RecordKind.PUBLICATION, g, source)) : Optional.empty();
    }

    private static void authors(Graph g, Node pub, List<String> authors) {
        List<Node> names = authors.stream().filter(a -> !Literals.blank(a))
                .map(a -> (Node) NodeFactory.createLiteralString(a.strip())).distinct().toList();
        if (names.isEmpty()) {
            return;
        }
        names.forEach(n -> g.add(pub, DCTerms.creator.asNode(), n));
        Node list = RDF.nil.asNode();
        for (int i = names.size() - 1; i >= 0; i--) {
            Node cell = NodeFactory.createBlankNode();
            g.add(cell, RDF.first.asNode(), names.get(i));
            g.add(cell, RDF.rest.asNode(), list);
            list = cell;
        }
        g.add(pub, NodeFactory.createURI(AUTHOR_LIST), list);
    }

    private static Optional<Node> language(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        String three = TWO_LETTERS.getOrDefault(c, c.matches("^[a-z]{3}$") ? c.toUpperCase(Locale.ROOT) : null);
        return Optional.ofNullable(three).map(t -> NodeFactory.createURI(LANGUAGES + t));
    }

    /** The form of a stored publication (its content, without provenance). */
    static PublicationForm read(String iri, Graph g, UsageRefs refs) {
        Node pub = NodeFactory.createURI(iri);
        List<String> authors = new ArrayList<>();
        g.find(pub, NodeFactory.createURI(AUTHOR_LIST), Node.ANY).nextOptional().ifPresent(t ->
                GraphList.members(new GNode(g, t.getObject())).forEach(n -> authors.add(n.getLiteralLexicalForm())));
        if (authors.isEmpty()) {
            authors.addAll(Literals.all(g, pub, DCTerms.creator));
        }
        String language = Literals.one(g, pub, DCTerms.language);
        String id = Doi.ofIri(iri).isPresent() ? null : UsageRefs.idIn(iri, refs.iris().publication(""));
        return new PublicationForm("", Literals.one(g, pub, Usage.doi), id, Literals.one(g, pub, DCTerms.title), authors,
                Literals.one(g, pub, DCTerms.issued), Literals.one(g, pub, Usage.isPartOf),
                language == null ? null : language.substring(language.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT),
                Literals.all(g, pub, Usage.citesAsDataSource), Literals.one(g, pub, PROV.wasGeneratedBy));
    }

    /**
     * Two forms of one publication as one: {@code later}'s values where it has them, {@code earlier}'s
     * otherwise; the datasets of both.
     */
    static PublicationForm merge(PublicationForm earlier, PublicationForm later) {
        List<String> datasets = new ArrayList<>(earlier.datasets());
        later.datasets().stream().filter(d -> !datasets.contains(d)).forEach(datasets::add);
        return new PublicationForm(later.origin(), or(later.doi(), earlier.doi()), or(later.id(), earlier.id()),
                or(later.title(), earlier.title()), later.authors().isEmpty() ? earlier.authors() : later.authors(),
                or(later.issued(), earlier.issued()), or(later.venue(), earlier.venue()),
                or(later.language(), earlier.language()), datasets, or(later.project(), earlier.project()));
    }

    private static String or(String a, String b) {
        return Literals.blank(a) ? b : a;
    }
}

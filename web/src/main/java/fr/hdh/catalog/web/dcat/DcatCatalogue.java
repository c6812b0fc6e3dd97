package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.ontologies.DCATAP;
import fr.hdh.catalog.ontologies.Namespaces;
import fr.hdh.catalog.vocab.eu.EuAuthority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The catalogue as DCAT-AP pages: lists the datasets (in IRI order, optionally only those changed
 * since a date), cuts the requested page, and builds its graph with the {@code dcat:Catalog} node,
 * the Hydra view and the referenced descriptions. Everything is read in one transaction.
 *
 * <pre>
 * DcatCatalogue dcat = new DcatCatalogue(catalog, CatalogueDescription.healthDataHub(catalog.iris()));
 * CataloguePage page = dcat.page(PageRequest.parse("2", "50", null));
 * </pre>
 */
public final class DcatCatalogue {
    private final CatalogStore store;
    private final CatalogueDescription description;
    private final StoreReferences references;

    public DcatCatalogue(Catalog catalog, CatalogueDescription description) {
        this.store = catalog.store();
        this.description = description;
        this.references = new StoreReferences(store);
    }

    public CatalogueDescription description() {
        return description;
    }

    /** The current state, for conditional GET. */
    CatalogueState state() {
        return store.read(() -> {
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(DcatQuery.CATALOGUE_STATE.query()).build()) {
                var row = exec.select().next();
                long records = ((Number) row.get("records").getLiteralValue()).longValue();
                Optional<Instant> last = Optional.ofNullable(row.get("lastModified"))
                        .map(n -> Instant.parse(n.getLiteralLexicalForm()));
                return new CatalogueState(records, last);
            }
        });
    }

    /** The IRIs of every dataset served, in order (for the sitemap and the HTML list). */
    List<DatasetEntry> datasets(Optional<Instant> modifiedSince) {
        return store.read(() -> listDatasets(modifiedSince));
    }

    /** The requested page; past the end it is empty, with its Hydra links still right. */
    CataloguePage page(PageRequest request) {
        return store.read(() -> {
            List<DatasetEntry> all = listDatasets(request.modifiedSince());
            int from = (int) Math.min(request.offset(), all.size());
            int to = (int) Math.min(request.offset() + request.size(), all.size());
            List<DatasetEntry> slice = all.subList(from, to);
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes()).setNsPrefix("hydra", Hydra.NS);
            for (DatasetEntry d : slice) {
                store.recordGraph(d.iri()).ifPresent(rg -> rg.find().forEachRemaining(g::add));
            }
            Node catalogNode = NodeFactory.createURI(description.iri());
            describeCatalog(g, catalogNode, slice, all);
            references.addTo(g);
            long lastPage = Math.max(1, (all.size() + request.size() - 1) / request.size());
            addView(g, catalogNode, request, all.size(), lastPage);
            return new CataloguePage(g, slice.stream().map(DatasetEntry::iri).toList(), all.size(), lastPage);
        });
    }

    private List<DatasetEntry> listDatasets(Optional<Instant> modifiedSince) {
        QueryExecBuilder builder = QueryExec.dataset(store.datasetGraph()).query(DcatQuery.DATASETS.query());
        modifiedSince.ifPresent(t -> builder.substitution("since", dateTime(t)));
        List<DatasetEntry> result = new ArrayList<>();
        try (QueryExec exec = builder.build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> result.add(new DatasetEntry(row.get("dataset").getURI(),
                    Instant.parse(row.get("modified").getLiteralLexicalForm()))));
        }
        return result;
    }

    private void describeCatalog(Graph g, Node catalog, List<DatasetEntry> slice, List<DatasetEntry> all) {
        g.add(catalog, RDF.type.asNode(), DCAT.Catalog.asNode());
        g.add(catalog, DCTerms.title.asNode(), NodeFactory.createLiteralLang(description.titleFr(), "fr"));
        g.add(catalog, DCTerms.title.asNode(), NodeFactory.createLiteralLang(description.titleEn(), "en"));
        g.add(catalog, DCTerms.description.asNode(), NodeFactory.createLiteralLang(description.descriptionFr(), "fr"));
        g.add(catalog, DCTerms.description.asNode(), NodeFactory.createLiteralLang(description.descriptionEn(), "en"));
        g.add(catalog, DCTerms.publisher.asNode(), NodeFactory.createURI(description.publisher()));
        g.add(catalog, DCATAP.applicableLegislation.asNode(), EuAuthority.EHDS_REGULATION);
        all.stream().map(DatasetEntry::modified).max(Instant::compareTo)
                .ifPresent(t -> g.add(catalog, DCTerms.modified.asNode(), dateTime(t)));
        for (DatasetEntry d : slice) {
            g.add(catalog, DCAT.dataset.asNode(), NodeFactory.createURI(d.iri()));
            g.add(catalog, DCAT.record.asNode(), RecordProvenance.recordNode(d.iri()));
        }
    }

    private void addView(Graph g, Node catalog, PageRequest request, long total, long lastPage) {
        PageLinks links = new PageLinks(description.iri(), request);
        Node view = NodeFactory.createURI(links.page(request.page()));
        g.add(catalog, Hydra.TOTAL_ITEMS, integer(total));
        g.add(catalog, Hydra.VIEW, view);
        g.add(view, RDF.type.asNode(), Hydra.PARTIAL_COLLECTION_VIEW);
        g.add(view, Hydra.FIRST, NodeFactory.createURI(links.page(1)));
        g.add(view, Hydra.LAST, NodeFactory.createURI(links.page(lastPage)));
        if (request.page() < lastPage) {
            g.add(view, Hydra.NEXT, NodeFactory.createURI(links.page(request.page() + 1)));
        }
        if (request.page() > 1) {
            g.add(view, Hydra.PREVIOUS, NodeFactory.createURI(links.page(Math.min(request.page() - 1, lastPage))));
        }
        if (request.capped()) {
            g.add(view, org.apache.jena.vocabulary.RDFS.comment.asNode(), NodeFactory.createLiteralLang(
                    "pageSize " + request.requestedSize() + " is above the maximum; capped to " + request.size() + ".", "en"));
        }
    }

    private static Node dateTime(Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** A dataset served by the catalogue and the last change of its record. */
    record DatasetEntry(String iri, Instant modified) {}
}

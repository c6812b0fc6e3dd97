package fr.hdh.catalog.sparql.search;

import fr.hdh.catalog.core.search.SearchService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * Makes {@code hdh:search} available to SPARQL queries over a dataset: registers the property function
 * (once, globally: the function itself holds no state) and attaches the search service to the
 * dataset's context, where the function finds it.
 *
 * <pre>
 * SparqlSearch.enable(catalog.store().datasetGraph(), catalog.search());
 * </pre>
 */
public final class SparqlSearch {
    private SparqlSearch() {}

    public static void enable(DatasetGraph dataset, SearchService search) {
        PropertyFunctionRegistry.get().put(SearchPropertyFunction.IRI, SearchPropertyFunction.class);
        dataset.getContext().set(SearchPropertyFunction.SERVICE, search);
    }
}

package fr.hdh.catalog.web.dcat;

import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * One page of the catalogue: the {@code dcat:Catalog} node with its Hydra view, the full records of
 * the page's datasets, and what they reference that the store holds (producers, contact points,
 * concept schemes), so a harvester gets self-contained DCAT-AP.
 *
 * @param graph the page
 * @param datasets the IRIs of the page's datasets, in order
 * @param totalItems how many datasets match the request over all pages
 * @param lastPage the number of the last page (1 when there are none)
 */
record CataloguePage(Graph graph, List<String> datasets, long totalItems, long lastPage) {}

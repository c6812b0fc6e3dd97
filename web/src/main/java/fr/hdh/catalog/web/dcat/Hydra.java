package fr.hdh.catalog.web.dcat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The Hydra Core terms the paged catalogue uses. */
final class Hydra {
    static final String NS = "http://www.w3.org/ns/hydra/core#";
    static final Node PARTIAL_COLLECTION_VIEW = term("PartialCollectionView");
    static final Node VIEW = term("view");
    static final Node TOTAL_ITEMS = term("totalItems");
    static final Node FIRST = term("first");
    static final Node LAST = term("last");
    static final Node NEXT = term("next");
    static final Node PREVIOUS = term("previous");

    private Hydra() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}

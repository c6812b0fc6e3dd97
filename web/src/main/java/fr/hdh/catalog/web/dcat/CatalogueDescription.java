package fr.hdh.catalog.web.dcat;

import fr.hdh.catalog.core.CatalogIris;
import java.util.Objects;

/**
 * What the {@code dcat:Catalog} node says of itself. It is configuration, not a stored record: the
 * catalogue is the sum of the records, and its node is built on every page.
 *
 * @param iri the catalogue's IRI ({@code {base}catalog})
 * @param titleFr French title
 * @param titleEn English title
 * @param descriptionFr French description
 * @param descriptionEn English description
 * @param publisher the producer publishing the catalogue (the Health Data Hub)
 */
public record CatalogueDescription(String iri, String titleFr, String titleEn, String descriptionFr,
                                   String descriptionEn, String publisher) {
    public CatalogueDescription {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(titleFr, "titleFr");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(descriptionFr, "descriptionFr");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        Objects.requireNonNull(publisher, "publisher");
    }

    /** The Health Data Hub's catalogue under the given IRIs. */
    public static CatalogueDescription healthDataHub(CatalogIris iris) {
        return new CatalogueDescription(iris.catalog(),
                "Catalogue des données de santé", "Health data catalogue",
                "Les jeux de données de santé accessibles par le Health Data Hub, avec leurs tables, variables et nomenclatures.",
                "The health datasets reachable through the Health Data Hub, with their tables, variables and code lists.",
                iris.producer("hdh"));
    }
}

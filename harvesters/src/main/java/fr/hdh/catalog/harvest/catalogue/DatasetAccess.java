package fr.hdh.catalog.harvest.catalogue;

import fr.hdh.catalog.harvest.csv.CsvRow;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.validation.AccessProfile;
import fr.hdh.catalog.ontologies.DCATAP;
import fr.hdh.catalog.vocab.eu.EuAuthority;
import java.net.URI;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The pages about a dataset and the one distribution saying how to obtain it.
 *
 * <p>{@code source_url} is the page the row's facts come from: always a {@code foaf:page} (typed
 * {@code foaf:Document}), and also the {@code dcat:landingPage} when it is the dataset's own entry in a
 * catalogue (data.gouv.fr, the Health Data Hub's catalogue). The distribution's {@code dcat:accessURL}
 * (mandatory in DCAT-AP) is that page; for the two rows without a source, the producer's website, or
 * the Health Data Hub's. Its description is the row's {@code access} text. No {@code dct:format} is
 * written: the source names no file type.
 */
final class DatasetAccess {
    private static final String DISTRIBUTION_ID = "access";

    private final CatalogIris iris;
    private final String fallbackUrl;

    /** @param fallbackUrl the access URL when the row has no source page */
    DatasetAccess(CatalogIris iris, String fallbackUrl) {
        this.iris = iris;
        this.fallbackUrl = fallbackUrl;
    }

    void describe(RecordGraph g, Node dataset, CsvRow row, AccessProfile level) {
        String page = row.get("source_url");
        if (!page.isEmpty()) {
            Node document = RecordGraph.iri(page);
            g.link(dataset, FOAF.page, document).type(document, FOAF.Document);
            if (isCatalogueEntry(page)) {
                g.link(dataset, DCAT.landingPage, document);
            }
        }
        Node distribution = RecordGraph.iri(iris.distribution(row.get("id"), DISTRIBUTION_ID));
        String name = row.has("short_name") ? row.get("short_name") : row.get("id");
        boolean open = level == AccessProfile.PUBLIC;
        g.link(dataset, DCAT.distribution, distribution)
                .type(distribution, DCAT.Distribution)
                .text(distribution, DCTerms.title, (open ? "Données ouvertes : " : "Accès sur demande : ") + name, "fr")
                .text(distribution, DCTerms.title, (open ? "Open data: " : "Access on request: ") + name, "en")
                .text(distribution, DCTerms.description, row.get("access"), "en")
                .link(distribution, DCAT.accessURL, RecordGraph.iri(page.isEmpty() ? fallbackUrl : page))
                .link(distribution, DCATAP.applicableLegislation, EuAuthority.EHDS_REGULATION);
    }

    /** A page that is the dataset's own entry in a data catalogue, not an article about it. */
    static boolean isCatalogueEntry(String url) {
        String host = URI.create(url).getHost();
        return host != null && (host.equals("data.gouv.fr") || host.endsWith(".data.gouv.fr")
                || (host.endsWith("health-data-hub.fr") && url.contains("/catalogue-de-donnees/")));
    }
}

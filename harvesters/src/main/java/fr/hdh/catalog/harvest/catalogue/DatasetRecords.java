package fr.hdh.catalog.harvest.catalogue;

import fr.hdh.catalog.harvest.csv.CsvRow;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.AccessProfile;
import fr.hdh.catalog.ontologies.DCATAP;
import fr.hdh.catalog.ontologies.HDH;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import fr.hdh.catalog.vocab.eu.EuAuthority;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VCARD4;

/**
 * One dataset row as a DATASET record meeting DCAT-AP 3 and the HealthDCAT-AP profile of its access
 * level. Every column holding a fact is mapped; an empty cell writes nothing.
 *
 * <p>Choices that are ours, not the source's:
 * <ul>
 * <li>The Health Data Hub is the {@code healthdcatap:hdab} of every dataset, and the EHDS regulation
 * (EU) 2025/327 the {@code dcatap:applicableLegislation} of dataset and distribution.</li>
 * <li>The dataset's {@code dcat:contactPoint} links to its producer's website, or to the Health Data
 * Hub's when the producer has none.</li>
 * <li>{@code healthdcatap:hasStructuredData} is false: the variable dictionary is added, and the flag
 * switched, by the part of the product that reads the data schemas.</li>
 * <li>The one distribution tells how to obtain the data; see {@link DatasetAccess}.</li>
 * </ul>
 */
final class DatasetRecords {
    private static final Node FALSE = NodeFactory.createLiteralByValue(false);

    private final CatalogIris iris;
    private final RecordSource source;
    private final Map<String, String> producerWebsites;
    private final String hdabWebsite;

    /**
     * @param producerWebsites producer id → website, for contact points and access URLs
     * @param hdabWebsite the Health Data Hub's website, used where a producer has none
     */
    DatasetRecords(CatalogIris iris, RecordSource source, Map<String, String> producerWebsites, String hdabWebsite) {
        this.iris = iris;
        this.source = source;
        this.producerWebsites = Map.copyOf(producerWebsites);
        this.hdabWebsite = hdabWebsite;
    }

    CatalogRecord record(CsvRow row) {
        String iri = iris.dataset(row.get("id"));
        Node dataset = RecordGraph.iri(iri);
        RecordGraph g = new RecordGraph();
        AccessProfile level = AccessLevels.of(row);
        describe(g, dataset, row, level);
        classify(g, dataset, row);
        contact(g, dataset, iri, row);
        temporal(g, dataset, iri, row);
        spatial(g, dataset, iri, row);
        new DatasetAccess(iris, producerWebsite(row)).describe(g, dataset, row, level);
        return new CatalogRecord(iri, RecordKind.DATASET, g.graph(), source);
    }

    private void describe(RecordGraph g, Node dataset, CsvRow row, AccessProfile level) {
        g.type(dataset, DCAT.Dataset)
                .string(dataset, DCTerms.identifier, row.get("id"))
                .text(dataset, DCTerms.title, row.get("title_fr"), "fr")
                .text(dataset, DCTerms.title, row.get("title_en"), "en")
                .text(dataset, DCTerms.description, row.get("description_fr"), "fr")
                .text(dataset, DCTerms.description, row.get("description_en"), "en")
                .string(dataset, DCTerms.alternative, row.get("short_name"))
                .link(dataset, DCTerms.publisher, RecordGraph.iri(iris.producer(row.get("producer"))))
                .link(dataset, DCTerms.accessRights, EuAuthority.accessRight(level))
                .link(dataset, DCATAP.applicableLegislation, EuAuthority.EHDS_REGULATION)
                .link(dataset, HealthDCATAP.hdab, RecordGraph.iri(iris.producer(HdhCatalogueReader.HDAB_ID)))
                .typed(dataset, HealthDCATAP.hasStructuredData, FALSE)
                .text(dataset, HealthDCATAP.populationCoverage, row.get("population"), "en")
                .string(dataset, HDH.catalogueEntry, row.get("catalogue_entry"));
    }

    private void classify(RecordGraph g, Node dataset, CsvRow row) {
        g.link(dataset, DCAT.theme, EuAuthority.DATA_THEME_HEALTH);
        for (String keyword : row.get("themes").split(";")) {
            g.text(dataset, DCAT.keyword, keyword.strip(), "en");
        }
        HealthCategories.of(row).forEach(c -> g.link(dataset, HealthDCATAP.healthCategory, c));
        UpdateFrequencies.of(row).ifPresent(f -> g.link(dataset, DCTerms.accrualPeriodicity, f));
    }

    private void contact(RecordGraph g, Node dataset, String iri, CsvRow row) {
        Node contact = RecordGraph.iri(iri + "#contact");
        g.link(dataset, DCAT.contactPoint, contact)
                .type(contact, VCARD4.Kind)
                .link(contact, VCARD4.hasURL, RecordGraph.iri(producerWebsite(row)));
    }

    private void temporal(RecordGraph g, Node dataset, String iri, CsvRow row) {
        Node start = Coverage.date(row, "period_start");
        Node end = Coverage.date(row, "period_end");
        if (start == null && end == null) {
            return;
        }
        Node period = RecordGraph.iri(iri + "#period");
        g.link(dataset, DCTerms.temporal, period).type(period, DCTerms.PeriodOfTime);
        if (start != null) {
            g.typed(period, DCAT.startDate, start);
        }
        if (end != null) {
            g.typed(period, DCAT.endDate, end);
        }
    }

    private void spatial(RecordGraph g, Node dataset, String iri, CsvRow row) {
        Coverage.countries(row).forEach(country -> g.link(dataset, DCTerms.spatial, country));
        if (Coverage.needsPlaceName(row)) {
            Node place = RecordGraph.iri(iri + "#spatial");
            g.link(dataset, DCTerms.spatial, place)
                    .type(place, DCTerms.Location)
                    .text(place, ResourceFactory.createProperty("http://www.w3.org/ns/locn#geographicName"),
                            row.get("spatial"), "en");
        }
    }

    /** The producer's website, or the access body's when the producer has none. */
    private String producerWebsite(CsvRow row) {
        String website = producerWebsites.getOrDefault(row.get("producer"), "");
        return website.isEmpty() ? hdabWebsite : website;
    }
}

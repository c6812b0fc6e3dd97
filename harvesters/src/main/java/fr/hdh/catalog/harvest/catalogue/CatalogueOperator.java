package fr.hdh.catalog.harvest.catalogue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Health Data Hub as the operator of the catalogue: the health data access body ({@code healthdcatap:hdab})
 * that harvested health datasets name (a FHIR research study, say). HealthDCAT-AP requires that body to be
 * described with its contact point, so a harvest into a fresh store would refuse every such dataset for want
 * of a description the catalogue itself owes. Before harvesting, its producer record (from the bundled
 * producer list) is written if the store lacks it; an existing one is left as it is.
 *
 * <pre>
 * CatalogueOperator.ensureDescribed(catalog);
 * </pre>
 */
public final class CatalogueOperator {
    static final RecordSource SOURCE = new RecordSource("urn:hdh:catalogue-operator", "hdh-catalogue");

    private CatalogueOperator() {}

    /** Writes the operator's producer record when the store has none; true when it wrote one. */
    public static boolean ensureDescribed(Catalog catalog) {
        String iri = catalog.iris().producer(HdhCatalogueReader.HDAB_ID);
        if (catalog.records().content(iri).isPresent()) {
            return false;
        }
        List<CatalogRecord> producers;
        try {
            producers = new HdhCatalogueReader(catalog.iris(), SOURCE).producers(BundledCatalogue.producers());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled producer list", e);
        }
        CatalogRecord operator = producers.stream().filter(r -> r.iri().equals(iri)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The bundled producer list has no row " + HdhCatalogueReader.HDAB_ID));
        catalog.records().put(operator);
        return true;
    }
}

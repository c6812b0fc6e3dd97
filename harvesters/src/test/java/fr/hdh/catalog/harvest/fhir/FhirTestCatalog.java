package fr.hdh.catalog.harvest.fhir;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.catalogue.BundledCatalogue;
import fr.hdh.catalog.harvest.catalogue.HdhCatalogueReader;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.io.IOException;

/** The in-memory catalogue the FHIR tests validate against, holding the producers FHIR datasets name. */
final class FhirTestCatalog {
    private FhirTestCatalog() {}

    /** The Health Data Hub (the HDAB every FHIR dataset names) and the other bundled producers, stored. */
    static Catalog openWithProducers() throws IOException {
        Catalog catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), EuVocabularies.bundled().lookup());
        catalog.records().putAll(new HdhCatalogueReader(catalog.iris(), new RecordSource("urn:test", "test"))
                .producers(BundledCatalogue.producers()), Progress.NONE);
        return catalog;
    }
}

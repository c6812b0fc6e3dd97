package fr.hdh.catalog.harvest.omop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.harvest.run.HarvestRunner;
import fr.hdh.catalog.harvest.run.HarvesterRegistry;
import fr.hdh.catalog.harvest.run.RunReport;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OHDSI's specification CSVs harvested as standards, one per version found in the folder. */
class OmopHarvesterTest {
    @TempDir
    Path folder;

    @Test
    void theBundledSpecificationIsStoredAsTheOmopStandard() throws Exception {
        Path omop = Path.of(getClass().getResource("/hdh/demo/omop/PROVENANCE.md").toURI()).getParent();
        for (String f : List.of("OMOP_CDMv5.4_Table_Level.csv", "OMOP_CDMv5.4_Field_Level.csv")) {
            Files.copy(omop.resolve(f), folder.resolve(f));
        }
        try (Catalog catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), EuVocabularies.bundled().lookup())) {
            HarvestRunner runner = new HarvestRunner(catalog, new HarvesterRegistry(List.of(new OmopHarvester())), FetchPolicy.defaults());
            RunReport run = runner.run(new HarvestSource("omop", SourceType.OMOP, folder.toString(), Optional.empty(), Set.of()),
                    Progress.NONE);

            assertEquals(1, run.counts().added(), run.toText());
            assertTrue(catalog.records().content("http://test.example/standard/omop-cdm-5.4").isPresent());
        }
    }

    @Test
    void aFolderWithoutSpecificationFailsTheRunPlainly() {
        try (Catalog catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), EuVocabularies.bundled().lookup())) {
            HarvestRunner runner = new HarvestRunner(catalog, new HarvesterRegistry(List.of(new OmopHarvester())), FetchPolicy.defaults());
            RunReport run = runner.run(new HarvestSource("omop", SourceType.OMOP, folder.toString(), Optional.empty(), Set.of()),
                    Progress.NONE);

            assertEquals(RunReport.Status.FAILED, run.status());
            assertTrue(run.note().orElse("").contains("OMOP_CDMv<version>_Table_Level.csv"), run.toText());
        }
    }
}

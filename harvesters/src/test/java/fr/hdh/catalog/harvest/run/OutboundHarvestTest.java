package fr.hdh.catalog.harvest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.core.net.LoopbackListener;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every remote harvester reaches its source through the one door: a DCAT, CKAN or FHIR source on a
 * loopback listener that is not allow-listed fails its run naming the refused address, and the listener
 * sees no connection; allow-listed, the same source is reached (so the zero above means something).
 */
class OutboundHarvestTest {
    LoopbackListener listener;
    Catalog catalog;
    HarvestRunner runner;

    @BeforeEach
    void start() throws IOException {
        listener = new LoopbackListener();
        catalog = Catalog.open(CatalogConfig.inMemory("http://test.example/"), ReferenceLookup.NONE);
        runner = new HarvestRunner(catalog, HarvesterRegistry.standard(), FetchPolicy.defaults().withRetries(0, Duration.ZERO));
    }

    @AfterEach
    void stop() throws IOException {
        catalog.close();
        listener.close();
    }

    @ParameterizedTest
    @EnumSource(value = SourceType.class, names = {"DCAT", "CKAN", "FHIR"})
    void aSourceOnLoopbackIsRefusedUnlessAllowListed(SourceType type) {
        String url = "http://127.0.0.1:" + listener.port() + "/source";
        RunReport refused = runner.run(new HarvestSource("loop", type, url, Optional.empty(), Set.of()), Progress.NONE);
        assertEquals(RunReport.Status.FAILED, refused.status(), refused.toText());
        assertTrue(refused.toText().contains("non-public address 127.0.0.1"), refused.toText());
        assertEquals(0, listener.connections(), type + " reached a source that is not allow-listed");

        runner.run(new HarvestSource("loop", type, url, Optional.empty(), Set.of("127.0.0.1")), Progress.NONE);
        assertTrue(listener.connections() >= 1, type + ": the allow-listed source was reached");
    }
}

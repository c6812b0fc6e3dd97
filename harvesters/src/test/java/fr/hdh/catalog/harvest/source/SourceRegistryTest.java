package fr.hdh.catalog.harvest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.SourceType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources added, listed and removed survive a reopening; a damaged file is named, not ignored. */
class SourceRegistryTest {
    @TempDir
    Path dataDir;

    @Test
    void addedSourcesAreListedAfterReopeningAndRemoved() {
        HarvestSource ckan = new HarvestSource("data-gouv", SourceType.CKAN, "https://www.data.gouv.fr",
                Optional.of(Duration.ofHours(6)), Set.of());
        HarvestSource local = new HarvestSource("peer", SourceType.DCAT, "http://127.0.0.1:8081/catalog",
                Optional.empty(), Set.of("127.0.0.1"));
        SourceRegistry.in(dataDir).add(ckan);
        SourceRegistry.in(dataDir).add(local);

        assertEquals(List.of(ckan, local), SourceRegistry.in(dataDir).list());
        assertTrue(SourceRegistry.in(dataDir).remove("data-gouv"));
        assertFalse(SourceRegistry.in(dataDir).remove("data-gouv"));
        assertEquals(List.of(local), SourceRegistry.in(dataDir).list());
    }

    @Test
    void refusesASecondSourceWithTheSameId() {
        HarvestSource s = new HarvestSource("x", SourceType.DCAT, "/tmp/x.ttl", Optional.empty(), Set.of());
        SourceRegistry.in(dataDir).add(s);
        assertThrows(CatalogException.class, () -> SourceRegistry.in(dataDir).add(s));
    }

    @Test
    void aDamagedFileIsNamed() throws IOException {
        Files.writeString(dataDir.resolve(SourceRegistry.FILE), "[{\"id\": \"x\", \"type\": \"gopher\"}]");
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> SourceRegistry.in(dataDir).list());
        assertTrue(e.getMessage().contains(SourceRegistry.FILE), e.getMessage());
    }
}

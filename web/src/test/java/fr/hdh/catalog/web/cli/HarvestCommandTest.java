package fr.hdh.catalog.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hdh harvest …} as a user types it, on real DCAT-AP files and a store in a temporary folder. */
class HarvestCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    @Test
    void onceStoresTheValidDatasetsAndListsEachRejectedOneWithItsReason() throws IOException {
        Path portal = portal();
        Path data = dir.resolve("data");

        Run first = run("once", "--type", "dcat", portal.toString(), "--data", data.toString());

        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("added "), first.out());
        assertTrue(first.out().contains("rejected https://myorg.eu/opendata/datasets/2: "), first.out());
        assertTrue(first.out().contains("dct:description"), first.out());
        assertTrue(first.out().matches("(?s).*quality of the source's [1-9]\\d* dataset\\(s\\): mean \\d+\\.\\d / 310.*"),
                "the run says how good the stored descriptions are: " + first.out());

        Run second = run("once", "--type", "dcat", portal.toString(), "--data", data.toString());
        assertTrue(second.out().contains("added 0, changed 0,"), second.out());
    }

    @Test
    void onceOnARealGermanPortalCatalogueStoresWhatValidatesAndListsEachRejectedDatasetWithItsReason() throws IOException {
        Path file = dir.resolve("catalog.rdf");
        try (InputStream in = getClass().getResourceAsStream("/harvest/de-ckanext-dcatde-catalog-endpoint.rdf")) {
            Files.copy(in, file);
        }
        Path data = dir.resolve("data");

        Run first = run("once", "--type", "dcat", file.toString(), "--data", data.toString());

        assertEquals(0, first.exit(), first.err() + first.out());
        assertTrue(first.out().contains(": completed"), first.out());
        assertTrue(first.out().contains("seen 12, "), "six datasets, the catalogue and five agents: " + first.out());
        assertTrue(!first.out().contains("rejected document "), "one bad link must not drop the catalogue: " + first.out());
        String berlin = "rejected http://data.example-domain.de/dataset/63961baa-2fd0-40d4-9242-4a9640ff5f1e: ";
        assertTrue(first.out().contains(berlin), first.out());
        assertTrue(first.out().contains("dct:format: the value \"jrss\" must be an IRI"), first.out());
        assertTrue(first.out().matches("(?s).*added [1-9].*"), "the datasets that meet DCAT-AP are stored: " + first.out());
        long rejectedLines = first.out().lines().filter(l -> l.startsWith("  rejected ")).count();
        String counts = first.out().lines().filter(l -> l.contains("seen 12, ")).findFirst().orElseThrow();
        assertTrue(counts.endsWith(", rejected " + rejectedLines), "each rejected item listed once: " + first.out());

        Run second = run("once", "--type", "dcat", file.toString(), "--data", data.toString());
        assertTrue(second.out().contains("added 0, changed 0,"), second.out());
    }

    @Test
    void onceOnAFhirStudyIntoAFreshStoreStoresTheStudyWithTheCatalogueOperatorAsItsAccessBody() throws IOException {
        Path bundle = dir.resolve("constances-bundle.json");
        try (InputStream in = getClass().getResourceAsStream("/harvest/fhir-r4-constances-bundle.json")) {
            Files.copy(in, bundle);
        }

        Run r = run("once", "--type", "fhir", bundle.toString(), "--data", dir.resolve("fresh").toString());

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*added [1-9].*"), r.out());
        assertFalse(r.out().contains("healthdcatap:hdab"), "the HDAB is described before the run: " + r.out());
        assertTrue(r.out().contains("rejected "), "the fixture's bad entries are still refused: " + r.out());
    }

    @Test
    void onceNamesAnUnknownType() {
        Run r = run("once", "--type", "gopher", dir.toString(), "--data", dir.resolve("data").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("Unknown source type 'gopher'"), r.err());
    }

    @Test
    void onceRefusesALoopbackUrlUnlessAllowListed() {
        Path data = dir.resolve("data");
        Run refused = run("once", "--type", "dcat", "http://127.0.0.1:9/catalog", "--data", data.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.out().contains("non-public address 127.0.0.1"), refused.out());

        Run allowed = run("once", "--type", "dcat", "http://127.0.0.1:9/catalog", "--data", data.toString(),
                "--allow-host", "127.0.0.1");
        assertEquals(1, allowed.exit());
        assertTrue(!allowed.out().contains("non-public address"), allowed.out());
    }

    @Test
    void addListRunRemove() throws IOException {
        Path portal = portal();
        String data = dir.resolve("data").toString();

        assertEquals(0, run("add", "portal", portal.toString(), "--type", "dcat", "--every", "6h", "--data", data).exit());
        Run list = run("list", "--data", data);
        assertTrue(list.out().contains("portal\tdcat\t" + portal + "\tevery PT6H"), list.out());
        Run ran = run("run", "portal", "--data", data);
        assertEquals(0, ran.exit(), ran.err());
        assertTrue(ran.out().startsWith("harvest portal (dcat"), ran.out());
        assertEquals(0, run("remove", "portal", "--data", data).exit());
        assertTrue(run("list", "--data", data).out().contains("no source configured"));
        assertEquals(1, run("remove", "portal", "--data", data).exit());
    }

    private Path portal() throws IOException {
        Path portal = dir.resolve("portal");
        Files.createDirectories(portal);
        for (String f : new String[] {"healthdcat-ap-r8-example.ttl", "dcat-ap-2.1.1-example1.nt", "dcat-ap-2.1.1-example1-undescribed.nt"}) {
            try (InputStream in = getClass().getResourceAsStream("/harvest/" + f)) {
                Files.copy(in, portal.resolve(f));
            }
        }
        return portal;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new HarvestCommand());
        cli.setExecutionExceptionHandler(new CatalogErrorHandler());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}

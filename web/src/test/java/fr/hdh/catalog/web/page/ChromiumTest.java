package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** When a browser is missing, the browser tests fail in CI and are skipped elsewhere (no browser needed to check it). */
class ChromiumTest {
    @TempDir
    Path dir;

    @Test
    void aMissingBrowserFailsTheTestsInCi() throws IOException {
        Path driver = executable("chromedriver");
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Chromium.requireInstalled(true, dir.resolve("chromium"), driver));
        assertTrue(e.getMessage().contains("CI=true"), e.getMessage());
        assertThrows(AssertionFailedError.class, () -> Chromium.requireInstalled(true, executable("chromium"), dir.resolve("none")));
    }

    @Test
    void aMissingBrowserSkipsTheTestsOutsideCi() throws IOException {
        assertThrows(TestAbortedException.class,
                () -> Chromium.requireInstalled(false, dir.resolve("chromium"), executable("chromedriver")));
    }

    @Test
    void anInstalledBrowserIsUsedInCiAndElsewhere() throws IOException {
        Path browser = executable("chromium");
        Path driver = executable("chromedriver");
        Chromium.requireInstalled(true, browser, driver);
        Chromium.requireInstalled(false, browser, driver);
    }

    private Path executable(String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        }
        return file;
    }
}

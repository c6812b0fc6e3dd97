package fr.hdh.catalog.harvest.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The manifest is the demo content's fingerprint: if a bundled file changed without it, stores built
 * before would never load the new content. This keeps the two in step.
 */
class DemoManifestTest {

    @Test
    void theManifestListsEveryBundledFileWithItsSizeAndHash() throws Exception {
        Path root = DemoResources.folderOf(DemoResources.MANIFEST);
        List<String> declared = Files.readAllLines(root.resolve(DemoResources.MANIFEST)).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .toList();
        assertEquals(DemoResources.manifestOf(root), declared,
                "hdh/demo/MANIFEST.tsv is out of date: regenerate it (path, size, SHA-256 of each file)");
    }

    @Test
    void theFingerprintFollowsTheMappingVersion() {
        assertEquals(DemoResources.bundledFingerprint(1), DemoResources.bundledFingerprint(1));
        assertNotEquals(DemoResources.bundledFingerprint(1), DemoResources.bundledFingerprint(2));
    }
}

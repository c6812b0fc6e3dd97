package fr.hdh.catalog.harvest.tableschema;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test resources (fixtures and the demo content shipped in main resources) as paths. */
public final class TestResources {
    private TestResources() {}

    public static Path path(String resource) {
        URL url = TestResources.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Missing test resource " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package fr.hdh.catalog.harvest.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.net.Fetcher;
import fr.hdh.catalog.harvest.HarvestContext;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.Harvester;
import fr.hdh.catalog.harvest.RecordSink;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.sample.OpenSamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import fr.hdh.catalog.core.validation.Amendment;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;

/**
 * Harvests a CKAN portal: {@code GET {site}/api/3/action/package_search?rows=100&start=N} until the
 * announced {@code count} is read. The location is the portal's address ({@code https://demo.ckan.org})
 * or its {@code package_search} URL; a JSON file (or folder of files) holding saved answers (or
 * packages, alone or in a list) is read the same way. A package that cannot be mapped is rejected; a
 * resource that cannot be a distribution is left out and reported as a drop ({@link #DROPPED_RULE}); a page
 * that cannot be read after the first stops the paging and is reported. From a portal, the open CSV resources it serves itself are
 * measured on the way ({@link OpenSamples}: size, SHA-256, first lines).
 *
 * <pre>
 * new CkanHarvester().harvest(new HarvestSource("ckan-demo", SourceType.CKAN, "https://demo.ckan.org",
 *         Optional.empty(), Set.of()), context, sink);
 * </pre>
 */
public final class CkanHarvester implements Harvester {
    static final int ROWS = 100;
    static final String ACTION = "/api/3/action/package_search";
    /** Pages read at most (100,000 packages), so a portal announcing a wrong count still ends. */
    private static final int MAX_PAGES = 1_000;

    /** The rule a resource left out of its dataset broke, as the run summary counts it. */
    static final String DROPPED_RULE = "dcat:Distribution without accessURL or downloadURL";

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public SourceType type() {
        return SourceType.CKAN;
    }

    @Override
    public void harvest(HarvestSource source, HarvestContext context, RecordSink sink) {
        if (source.remote()) {
            harvestPortal(source.location(), context, OpenSamples.around(sink, URI.create(source.location()), context.fetcher()));
        } else {
            harvestFiles(Path.of(source.location()), context, sink);
        }
    }

    private void harvestPortal(String location, HarvestContext context, RecordSink sink) {
        String site = siteOf(location);
        CkanPackageMapper mapper = new CkanPackageMapper(site);
        long count = Long.MAX_VALUE;
        long start = 0;
        for (int page = 0; page < MAX_PAGES && start < count; page++) {
            URI uri = URI.create(site + ACTION + "?rows=" + ROWS + "&start=" + start);
            JsonNode result;
            try {
                Fetcher.Fetched fetched = context.fetcher().fetch(uri, "application/json");
                result = result(fetched.body(), uri.toString());
            } catch (Fetcher.FetchException | MalformedInputException e) {
                if (page == 0) {
                    throw e;
                }
                sink.reject("page " + uri, e.getMessage() + " (paging stopped here)");
                return;
            }
            count = result.path("count").asLong(0);
            JsonNode packages = result.path("results");
            if (!packages.isArray() || packages.isEmpty()) {
                return;
            }
            mapAll(packages, mapper, new RecordSource(uri.toString(), context.recordSource().agent()), sink);
            start += packages.size();
            sink.progress(start, count);
        }
    }

    private void harvestFiles(Path root, HarvestContext context, RecordSink sink) {
        if (!Files.exists(root)) {
            throw new MalformedInputException(root.toString(), -1, "no such file or folder", null);
        }
        for (Path file : jsonFiles(root)) {
            String uri = file.toAbsolutePath().toUri().toString();
            try {
                JsonNode packages = packages(Files.readAllBytes(file), file.toString());
                String site = packages.path(0).path("ckan_url").asText("");
                CkanPackageMapper mapper = new CkanPackageMapper(site.isEmpty() ? uri : siteOf(site));
                mapAll(packages, mapper, new RecordSource(uri, context.recordSource().agent()), sink);
            } catch (MalformedInputException e) {
                sink.reject("document " + file, e.getMessage());
            } catch (IOException e) {
                sink.reject("document " + file, "cannot be read: " + e.getMessage());
            }
        }
    }

    private static void mapAll(JsonNode packages, CkanPackageMapper mapper, RecordSource source, RecordSink sink) {
        for (JsonNode p : packages) {
            CkanPackageMapper.Mapped mapped;
            try {
                mapped = mapper.toRecord(p, source);
            } catch (IllegalArgumentException e) {
                sink.reject("package " + p.path("name").asText(p.path("id").asText("(no name)")), e.getMessage());
                continue;
            }
            sink.accept(mapped.record());
            for (CkanDistributions.Dropped d : mapped.dropped()) {
                Triple link = Triple.create(mapped.record().node(), DCAT.distribution.asNode(),
                        NodeFactory.createURI(d.distribution()));
                sink.amended(Amendment.drop(DROPPED_RULE, mapped.record().iri(), link, d.reason() + "; the dataset is kept without it"));
            }
        }
    }

    /**
     * The packages of a saved file: a package_search answer, a package_show answer, one package, or a
     * list of packages (as ckanext-dcat publishes its examples).
     */
    private JsonNode packages(byte[] body, String name) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new MalformedInputException(name, -1, "not JSON: " + e.getMessage(), e);
        }
        if (root != null && root.isArray()) {
            return root;
        }
        if (root != null && root.isObject() && root.has("resources") && root.has("title")) {
            return json.createArrayNode().add(root);
        }
        if (root != null && root.path("result").isObject() && root.path("result").has("resources")) {
            return json.createArrayNode().add(root.path("result"));
        }
        return result(body, name).path("results");
    }

    /** The {@code result} of a package_search answer; throws when the answer is not one. */
    private JsonNode result(byte[] body, String name) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new MalformedInputException(name, -1, "not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.path("success").asBoolean(false) || !root.path("result").isObject()) {
            String error = root == null ? "" : root.path("error").path("message").asText("");
            throw new MalformedInputException(name, -1, "not a successful package_search answer"
                    + (error.isEmpty() ? "" : ": " + error), null);
        }
        return root.path("result");
    }

    /** The portal's address: the location up to {@code /api/}, without a trailing slash. */
    static String siteOf(String location) {
        int api = location.indexOf("/api/");
        String site = api >= 0 ? location.substring(0, api) : location.replaceFirst("[?#].*$", "");
        int dataset = site.indexOf("/dataset/");
        if (dataset >= 0) {
            site = site.substring(0, dataset);
        }
        return site.replaceFirst("/+$", "");
    }

    private static List<Path> jsonFiles(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }
}

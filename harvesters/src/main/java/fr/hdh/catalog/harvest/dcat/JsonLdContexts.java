package fr.hdh.catalog.harvest.dcat;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import fr.hdh.catalog.harvest.Fetcher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the remote contexts a JSON-LD document names, so the JSON-LD library never opens a connection
 * of its own: http(s) contexts through the harvest's fetcher (address checks, size cap), file contexts
 * only from inside the harvested folder. Each context is fetched once per harvest.
 */
final class JsonLdContexts implements DocumentLoader {
    private final Fetcher fetcher;
    private final Optional<Path> localRoot;
    private final Map<URI, byte[]> cache = new ConcurrentHashMap<>();

    JsonLdContexts(Fetcher fetcher, Optional<Path> localRoot) {
        this.fetcher = fetcher;
        this.localRoot = localRoot.map(p -> p.toAbsolutePath().normalize());
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        byte[] bytes = cache.get(url);
        if (bytes == null) {
            bytes = load(url);
            cache.put(url, bytes);
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            Document document = JsonDocument.of(in);
            document.setDocumentUrl(url);
            return document;
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
    }

    private byte[] load(URI url) throws JsonLdError {
        String scheme = url.getScheme() == null ? "" : url.getScheme();
        if (scheme.equals("http") || scheme.equals("https")) {
            try {
                return fetcher.fetch(url, "application/ld+json, application/json;q=0.9").body();
            } catch (Fetcher.FetchException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e.getMessage());
            }
        }
        if (scheme.equals("file") && localRoot.isPresent()) {
            Path file = Path.of(url).toAbsolutePath().normalize();
            Path root = Files.isDirectory(localRoot.get()) ? localRoot.get() : localRoot.get().getParent();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, url + ": " + e.getMessage());
                }
            }
        }
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "context " + url + " is neither an http(s) URL nor a file in the harvested folder");
    }
}

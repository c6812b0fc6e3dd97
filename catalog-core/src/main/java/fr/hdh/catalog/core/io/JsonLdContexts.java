package fr.hdh.catalog.core.io;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import fr.hdh.catalog.core.net.Fetcher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;

/**
 * Loads the remote contexts a JSON-LD document names, so the JSON-LD library never opens a connection
 * or a file of its own (its default loader reads any {@code http(s)} or {@code file:} URL): the official
 * contexts the catalogue ships from its own copies ({@link KnownContexts}), other http(s)
 * contexts only through the server's one door ({@link Fetcher}: address checks, deadline, size cap),
 * {@code file:} contexts only from inside one folder (the folder being imported or harvested), or
 * none at all. Each context is loaded once per instance.
 *
 * <pre>
 * RDFParserBuilder parser = RDFParser.source(in).lang(Lang.JSONLD);
 * JsonLdContexts.none().configure(parser);   // a document naming a remote context is refused
 * </pre>
 */
public final class JsonLdContexts implements DocumentLoader {
    private final Optional<Fetcher> fetcher;
    private final Optional<Path> localRoot;
    private final Map<URI, byte[]> cache = new ConcurrentHashMap<>();

    private JsonLdContexts(Optional<Fetcher> fetcher, Optional<Path> localRoot) {
        this.fetcher = fetcher;
        this.localRoot = localRoot.map(p -> p.toAbsolutePath().normalize());
    }

    /** Contexts fetched through {@code fetcher}, and files read from inside {@code localRoot} (a folder, or a file's folder). */
    public static JsonLdContexts through(Fetcher fetcher, Optional<Path> localRoot) {
        return new JsonLdContexts(Optional.of(fetcher), localRoot);
    }

    /**
     * No remote or file context is loaded: a document must carry its context inline, or name one of the
     * official contexts the catalogue ships.
     */
    public static JsonLdContexts none() {
        return new JsonLdContexts(Optional.empty(), Optional.empty());
    }

    /** Makes {@code parser} load JSON-LD contexts through this loader only. */
    public RDFParserBuilder configure(RDFParserBuilder parser) {
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(this));
        return parser.context(context);
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
        Optional<byte[]> known = KnownContexts.of(url);
        if (known.isPresent()) {
            return known.get();
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme();
        if ((scheme.equals("http") || scheme.equals("https")) && fetcher.isPresent()) {
            try {
                return fetcher.get().fetch(url, "application/ld+json, application/json;q=0.9").body();
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
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "context " + url + " is not loaded: "
                + (fetcher.isPresent() ? "only http(s) URLs and files in the same folder are" : "contexts must be inline here"));
    }
}

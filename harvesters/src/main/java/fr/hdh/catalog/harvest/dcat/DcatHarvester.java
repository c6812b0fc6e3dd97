package fr.hdh.catalog.harvest.dcat;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.io.JsonLdContexts;
import fr.hdh.catalog.core.io.RecordSplitter;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Harvests DCAT, DCAT-AP and HealthDCAT-AP: a file, every RDF file of a folder (sorted, recursively),
 * or a URL followed through its Hydra pages. See the package documentation for what is upgraded and
 * how messy documents are handled. From a URL, the open CSV samples the portal itself serves are
 * measured on the way ({@link OpenSamples}).
 *
 * <pre>
 * new DcatHarvester().harvest(new HarvestSource("eu", SourceType.DCAT, "https://example.org/catalog",
 *         Optional.empty(), Set.of()), context, sink);
 * </pre>
 */
public final class DcatHarvester implements Harvester {
    /** Pages followed at most, so a listing that links to itself in a long loop still ends. */
    static final int MAX_PAGES = 10_000;
    static final String ACCEPT = "text/turtle, application/n-triples;q=0.9, application/rdf+xml;q=0.8, "
            + "application/ld+json;q=0.8, application/n-quads;q=0.7, application/trig;q=0.7, */*;q=0.1";

    @Override
    public SourceType type() {
        return SourceType.DCAT;
    }

    @Override
    public void harvest(HarvestSource source, HarvestContext context, RecordSink sink) {
        if (source.remote()) {
            URI first = URI.create(source.location());
            harvestPages(first, context, OpenSamples.around(sink, first, context.fetcher()));
            return;
        }
        Path root = Path.of(source.location());
        if (!Files.exists(root)) {
            throw new MalformedInputException(source.location(), -1, "no such file or folder", null);
        }
        RdfDocuments documents = new RdfDocuments(JsonLdContexts.through(context.fetcher(), Optional.of(root)));
        List<Path> files = files(root);
        long done = 0;
        for (Path file : files) {
            harvestFile(file, documents, context, sink);
            sink.progress(++done, files.size());
        }
    }

    private void harvestPages(URI first, HarvestContext context, RecordSink sink) {
        RdfDocuments documents = new RdfDocuments(JsonLdContexts.through(context.fetcher(), Optional.empty()));
        Set<URI> visited = new HashSet<>();
        Optional<URI> next = Optional.of(first);
        while (next.isPresent() && visited.size() < MAX_PAGES && visited.add(next.get())) {
            URI page = next.get();
            DatasetGraph dsg;
            try {
                Fetcher.Fetched fetched = context.fetcher().fetch(page, ACCEPT);
                Lang lang = RdfDocuments.syntaxOf(fetched.contentType(), page.getPath()).orElse(Lang.TURTLE);
                dsg = documents.parse(fetched.body(), lang, fetched.uri().toString(), page.toString());
            } catch (Fetcher.FetchException | MalformedInputException e) {
                if (page.equals(first)) {
                    throw e;
                }
                sink.reject("page " + page, e.getMessage() + " (paging stopped here)");
                return;
            }
            next = HydraPaging.next(dsg.getDefaultGraph()).or(() -> HydraPaging.next(dsg.getUnionGraph()));
            emit(dsg, new RecordSource(page.toString(), context.recordSource().agent()), sink);
            sink.progress(visited.size(), -1);
        }
    }

    private void harvestFile(Path file, RdfDocuments documents, HarvestContext context, RecordSink sink) {
        Optional<Lang> lang = RdfDocuments.syntaxOf("", file.getFileName().toString());
        try {
            byte[] body = Files.readAllBytes(file);
            String uri = file.toAbsolutePath().toUri().toString();
            DatasetGraph dsg = documents.parse(body, lang.orElse(Lang.TURTLE), uri, file.toString());
            emit(dsg, new RecordSource(uri, context.recordSource().agent()), sink);
        } catch (MalformedInputException e) {
            sink.reject("document " + file, e.getMessage());
            emitBeforeError(file, documents, context, sink);
        } catch (IOException e) {
            sink.reject("document " + file, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The records of a document that does not parse whole, from what it says before its error: a
     * catalogue with one broken line keeps the datasets above it (the document is reported, so nothing
     * the source gave before is withdrawn, and the next run reads it again).
     */
    private static void emitBeforeError(Path file, RdfDocuments documents, HarvestContext context, RecordSink sink) {
        try {
            String uri = file.toAbsolutePath().toUri().toString();
            Lang lang = RdfDocuments.syntaxOf("", file.getFileName().toString()).orElse(Lang.TURTLE);
            DatasetGraph partial = documents.beforeError(Files.readAllBytes(file), lang, uri, file.toString());
            if (!partial.isEmpty()) {
                emit(partial, new RecordSource(uri, context.recordSource().agent()), sink);
            }
        } catch (IOException e) {
            // Already reported as unreadable.
        }
    }

    /** Upgrades, drops the paging, reports datasets without an IRI, and hands over the records. */
    private static void emit(DatasetGraph dsg, RecordSource source, RecordSink sink) {
        List<Graph> graphs = new java.util.ArrayList<>();
        graphs.add(dsg.getDefaultGraph());
        dsg.listGraphNodes().forEachRemaining(n -> graphs.add(dsg.getGraph(n)));
        for (Graph g : graphs) {
            DcatApUpgrade.apply(g);
            HydraPaging.strip(g);
            reportBlankDatasets(g, source, sink);
        }
        RecordSplitter.Result split = RecordSplitter.split(dsg, source);
        Graph page = dsg.getDefaultGraph();
        Set<Node> shareable = SharedDescriptions.shareable(page, split.records());
        for (var record : split.records()) {
            if (!dsg.containsGraph(record.node()) && record.kind() == RecordKind.DATASET) {
                SharedDescriptions.dropSiblingParts(record);
                SharedDescriptions.complete(record, page, shareable);
            }
            sink.accept(record);
        }
    }

    private static void reportBlankDatasets(Graph g, RecordSource source, RecordSink sink) {
        g.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).mapWith(t -> t.getSubject())
                .filterKeep(Node::isBlank).toList()
                .forEach(d -> sink.reject("dataset " + title(g, d) + " in " + source.uri(),
                        "a dataset without an IRI (blank node) cannot be a record; give it an IRI"));
    }

    private static String title(Graph g, Node dataset) {
        return g.find(dataset, DCTerms.title.asNode(), Node.ANY).nextOptional()
                .map(t -> "\"" + t.getObject().getLiteralLexicalForm() + "\"").orElse("(untitled)");
    }

    private static List<Path> files(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> RdfDocuments.syntaxOf("", p.getFileName().toString()).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }
}

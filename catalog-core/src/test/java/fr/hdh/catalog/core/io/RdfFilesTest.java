package fr.hdh.catalog.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.net.FetchPolicy;
import fr.hdh.catalog.core.net.HttpFetcher;
import fr.hdh.catalog.core.net.LoopbackListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdfFilesTest {
    @TempDir
    Path dir;

    @Test
    void aTurtleSyntaxErrorNamesTheFileAndLine() throws Exception {
        Path file = dir.resolve("broken.ttl");
        Files.writeString(file, """
                @prefix dct: <http://purl.org/dc/terms/> .
                <http://x/a> dct:title "ok" .
                <http://x/b> dct:title .
                <http://x/c> dct:title "after" .
                """);
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> RdfFiles.read(file, Lang.TURTLE, JsonLdContexts.none()));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(file.toString() + ", line 3"), e.getMessage());
    }

    @Test
    void rdfXmlExternalEntitiesAreNotResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path file = dir.resolve("xxe.rdf");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">
                  <rdf:Description rdf:about="http://x/a"><dct:title>&xxe;</dct:title></rdf:Description>
                </rdf:RDF>
                """.formatted(secret.toUri()));
        try {
            var dsg = RdfFiles.read(file, Lang.RDFXML, JsonLdContexts.none());
            dsg.getDefaultGraph().find().forEachRemaining(t ->
                    assertTrue(!t.getObject().toString().contains("TOP-SECRET"), "external entity was expanded"));
        } catch (MalformedInputException refused) {
            // Refusing the document outright is as good as not expanding the entity.
        }
    }

    @Test
    void syntaxFollowsTheExtension() {
        assertEquals(Lang.TURTLE, RdfFiles.syntaxOf(Path.of("a.ttl")).orElseThrow());
        assertEquals(Lang.RDFXML, RdfFiles.syntaxOf(Path.of("a.rdf")).orElseThrow());
        assertEquals(Lang.JSONLD, RdfFiles.syntaxOf(Path.of("a.jsonld")).orElseThrow());
        assertEquals(Lang.NTRIPLES, RdfFiles.syntaxOf(Path.of("a.nt")).orElseThrow());
        assertTrue(RdfFiles.syntaxOf(Path.of("a.docx")).isEmpty());
    }

    @Test
    void aJsonLdContextOnLoopbackIsRefusedByTheDoorAndGetsNoConnection() throws Exception {
        try (LoopbackListener listener = new LoopbackListener(); HttpFetcher door = new HttpFetcher(FetchPolicy.defaults())) {
            Path file = dir.resolve("remote-context.jsonld");
            Files.writeString(file, """
                    {"@context": "http://127.0.0.1:%d/context.jsonld", "@id": "http://x/a", "title": "A"}
                    """.formatted(listener.port()));
            MalformedInputException e = assertThrows(MalformedInputException.class,
                    () -> RdfFiles.read(file, Lang.JSONLD, JsonLdContexts.through(door, Optional.of(file))));
            assertTrue(e.getMessage().contains("non-public address 127.0.0.1"), e.getMessage());
            assertThrows(MalformedInputException.class, () -> RdfFiles.read(file, Lang.JSONLD, JsonLdContexts.none()));
            assertEquals(0, listener.connections());
        }
    }

    @Test
    void aJsonLdContextFileIsReadFromTheSameFolderOnly() throws Exception {
        Files.writeString(dir.resolve("context.jsonld"), """
                {"@context": {"title": "http://purl.org/dc/terms/title"}}
                """);
        Path inside = dir.resolve("local-context.jsonld");
        Files.writeString(inside, """
                {"@context": "%s", "@id": "http://x/a", "title": "A"}
                """.formatted(dir.resolve("context.jsonld").toUri()));
        Path elsewhere = Files.createDirectories(dir.resolve("sub")).resolve("outside.jsonld");
        Files.writeString(elsewhere, Files.readString(inside));
        try (HttpFetcher door = new HttpFetcher(FetchPolicy.defaults())) {
            var dsg = RdfFiles.read(inside, Lang.JSONLD, JsonLdContexts.through(door, Optional.of(inside)));
            assertEquals(1, dsg.getDefaultGraph().size());
            MalformedInputException e = assertThrows(MalformedInputException.class,
                    () -> RdfFiles.read(elsewhere, Lang.JSONLD, JsonLdContexts.through(door, Optional.of(elsewhere))));
            assertTrue(e.getMessage().contains("context"), e.getMessage());
        }
    }
}

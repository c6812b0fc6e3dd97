package fr.hdh.catalog.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}

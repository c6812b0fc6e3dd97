package fr.hdh.catalog.vocab.eu;

import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An RDF/XML file must never make the parser read another file (or URL) through an external entity. */
class ExternalEntityTest {
    private static final String MARKER = "TOP-SECRET-7f3a9c";

    @Test
    void anExternalEntityIsNotResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, MARKER);
        String rdf;
        try (InputStream in = getClass().getResourceAsStream("/eu/external-entity.rdf")) {
            rdf = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("SECRET_FILE_URI", secret.toUri().toString());
        }
        Graph g = GraphFactory.createDefaultGraph();
        try {
            VocabularyParser.readInto(new ByteArrayInputStream(rdf.getBytes(StandardCharsets.UTF_8)),
                    Lang.RDFXML, "external-entity.rdf", g);
        } catch (MalformedInputException refused) {
            // Refusing the whole file is as safe as ignoring the entity.
        }
        assertFalse(g.find().toList().stream().anyMatch(t -> t.getObject().toString().contains(MARKER)),
                "the external entity was resolved: " + g);
    }
}

package fr.hdh.catalog.vocab.scheme;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.io.FailFast;
import fr.hdh.catalog.core.io.JsonLdContexts;
import java.io.ByteArrayInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads a SKOS file (Turtle, RDF/XML, JSON-LD, or any other RDF syntax Jena reads) into one graph, the
 * default graph and any named graphs together. The first syntax error stops the file with its line and
 * column; a JSON-LD file must carry its context inline or name one the catalogue ships (no context is
 * fetched); RDF/XML goes through Jena's parser, which resolves no external entity.
 */
public final class SkosRdf {
    private SkosRdf() {}

    /**
     * The triples of {@code body}, parsed as {@code lang}; relative IRIs resolve against {@code base}.
     *
     * @throws MalformedInputException naming {@code source}, the line and the column
     */
    public static Graph read(byte[] body, Lang lang, String base, String source) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try {
            JsonLdContexts.none().configure(RDFParser.source(new ByteArrayInputStream(body)))
                    .lang(lang)
                    .base(base)
                    .errorHandler(new FailFast(source))
                    .parse(dsg);
        } catch (MalformedInputException e) {
            throw e;
        } catch (RiotException e) {
            throw new MalformedInputException(source, -1, e.getMessage(), e);
        }
        Graph all = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> all.add(q.asTriple()));
        return all;
    }
}

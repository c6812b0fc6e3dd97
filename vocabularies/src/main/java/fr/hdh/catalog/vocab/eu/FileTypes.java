package fr.hdh.catalog.vocab.eu;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Free-text file formats ({@code "CSV"}, {@code "csv"}, {@code ".zip"}, {@code "Zip"}) as concepts of the EU
 * file-type table, which DCAT-AP 3 expects for {@code dct:format}. CKAN resources and many portals' DCAT
 * feeds give the format as text; the table's code is the one right reading. A format the bundled table
 * does not hold ({@code "Kartenviewer"}) has no concept: it is left for validation to report, not guessed.
 *
 * <pre>
 * Optional&lt;Node&gt; csv = FileTypes.of("csv");   // http://publications.europa.eu/resource/authority/file-type/CSV
 * </pre>
 */
public final class FileTypes {
    private static final Node SCHEME = NodeFactory.createURI(EuAuthority.AUTHORITY + "file-type");
    private static final Node MEDIA_TYPE_OR_EXTENT = NodeFactory.createURI("http://purl.org/dc/terms/MediaTypeOrExtent");

    private FileTypes() {}

    /**
     * Types every concept of the file-type table {@code dct:MediaTypeOrExtent}, as the table's current RDF
     * does (the bundled 2017 copy does not), so {@code dct:format} values meet DCAT-AP 3's range.
     */
    static void typeAsMediaTypes(Graph g) {
        g.find(Node.ANY, SKOS.inScheme.asNode(), SCHEME).mapWith(Triple::getSubject).toList()
                .forEach(concept -> g.add(concept, RDF.type.asNode(), MEDIA_TYPE_OR_EXTENT));
    }

    public static Optional<Node> of(String format) {
        String code = format.trim().toUpperCase(Locale.ROOT).replaceFirst("^\\.", "").replaceAll("[\\s-]+", "_");
        if (code.isEmpty() || !code.matches("[A-Z0-9_]+")) {
            return Optional.empty();
        }
        Node concept = NodeFactory.createURI(EuAuthority.FILE_TYPE + code);
        return EuVocabularies.bundled().background().contains(concept, Node.ANY, Node.ANY)
                ? Optional.of(concept) : Optional.empty();
    }
}

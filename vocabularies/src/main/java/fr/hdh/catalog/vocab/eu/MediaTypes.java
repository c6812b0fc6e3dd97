package fr.hdh.catalog.vocab.eu;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

/**
 * IANA media types ({@code text/csv}) and the EU file types that carry them, read from the file-type
 * table's own notations ({@code euvoc:xlNotation} typed {@code IANA_MT}): the one right reading of a media
 * type given as text, both ways. DCAT-AP 3 wants {@code dcat:mediaType} as an IANA media-type IRI and
 * {@code dct:format} as an EU file type.
 *
 * <pre>
 * Optional&lt;Node&gt; iri = MediaTypes.iri("Text/CSV; charset=utf-8");   // http://www.iana.org/assignments/media-types/text/csv
 * Optional&lt;Node&gt; csv = MediaTypes.fileType("text/csv");              // …/authority/file-type/CSV
 * </pre>
 */
public final class MediaTypes {
    /** Where IANA's registry names each media type, as DCAT-AP's examples and data.europa.eu write it. */
    public static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String EUVOC = "http://publications.europa.eu/ontology/euvoc#";
    private static final Node XL_NOTATION = NodeFactory.createURI(EUVOC + "xlNotation");
    private static final Node XL_CODIFICATION = NodeFactory.createURI(EUVOC + "xlCodification");
    private static final Node IANA_MT = NodeFactory.createURI(EuAuthority.AUTHORITY + "notation-type/IANA_MT");
    private static final Node FILE_TYPES = NodeFactory.createURI(EuAuthority.AUTHORITY + "file-type");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9][a-z0-9!#$&^_.+-]*");
    private static volatile Tables tables;

    private MediaTypes() {}

    private record Tables(Map<String, Node> fileTypeOf, Map<Node, String> mediaTypeOf) {}

    /** {@code text} as a media type in lower case without parameters, when it is one. */
    public static Optional<String> parse(String text) {
        String type = text.trim().toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        if (parameters >= 0) {
            type = type.substring(0, parameters).trim();
        }
        type = type.replaceFirst("^" + Pattern.quote(IANA.toLowerCase(Locale.ROOT)), "")
                .replaceFirst("^https://www\\.iana\\.org/assignments/media-types/", "");
        return MEDIA_TYPE.matcher(type).matches() ? Optional.of(type) : Optional.empty();
    }

    /** The IANA IRI of a media type given as text, when the text is one. */
    public static Optional<Node> iri(String text) {
        return parse(text).map(t -> NodeFactory.createURI(IANA + t));
    }

    /** The EU file type whose IANA notation is this media type. */
    public static Optional<Node> fileType(String mediaType) {
        return parse(mediaType).map(t -> tables().fileTypeOf().get(t));
    }

    /** The IANA IRI of the media type an EU file type names, when the table gives one. */
    public static Optional<Node> ofFileType(Node fileType) {
        return Optional.ofNullable(tables().mediaTypeOf().get(fileType)).map(t -> NodeFactory.createURI(IANA + t));
    }

    private static Tables tables() {
        Tables t = tables;
        if (t == null) {
            t = read(EuVocabularies.bundled().background());
            tables = t;
        }
        return t;
    }

    private static Tables read(Graph g) {
        Map<String, Node> fileTypeOf = new HashMap<>();
        Map<Node, String> mediaTypeOf = new HashMap<>();
        g.find(Node.ANY, SKOS.inScheme.asNode(), FILE_TYPES).mapWith(Triple::getSubject).forEachRemaining(concept ->
                g.find(concept, XL_NOTATION, Node.ANY).mapWith(Triple::getObject).forEachRemaining(notation -> {
                    if (g.contains(notation, DCTerms.type.asNode(), IANA_MT)) {
                        g.find(notation, XL_CODIFICATION, Node.ANY).mapWith(Triple::getObject)
                                .filterKeep(Node::isLiteral)
                                .forEachRemaining(code -> parse(code.getLiteralLexicalForm()).ifPresent(type -> {
                                    // Several file types may share a media type: the first in IRI order wins, every time.
                                    fileTypeOf.merge(type, concept, (a, b) -> a.getURI().compareTo(b.getURI()) <= 0 ? a : b);
                                    mediaTypeOf.merge(concept, type, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                                }));
                    }
                }));
        return new Tables(Map.copyOf(fileTypeOf), Map.copyOf(mediaTypeOf));
    }
}

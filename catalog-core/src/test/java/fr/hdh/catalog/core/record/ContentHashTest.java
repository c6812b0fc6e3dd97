package fr.hdh.catalog.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://ex.org/a", "http://ex.org/é#x", "http://ex.org/a b", "http://ex.org/<a>",
            "http://ex.org/\"q\"", "http://ex.org/{x}", "http://ex.org/a|b", "http://ex.org/a^b", "http://ex.org/a`b",
            "http://ex.org/a\\b", "http://ex.org/a\u007Fb", "http://ex.org/a\tb", "http://ex.org/a\u0013b",
            "http://ex.org/a\u0014b", "urn:x:100%25", "http://ex.org/\uD83D\uDE00"})
    void anIriIsWrittenExactlyAsJenasNTriplesWriterWritesIt(String iri) {
        Node n = NodeFactory.createURI(iri);
        StringBuilder out = new StringBuilder();
        ContentHash.term(out, n);
        assertEquals(NodeFmtLib.strNT(n), out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "libellé accentué", "", "a \"quoted\" word", "back\\slash", "line\nbreak", "tab\there",
            "cr\rhere", "form\ffeed", "bell\u0007", "del\u007F", "replacement \uFFFD", "emoji \uD83D\uDE00", "<tag>&amp;"})
    void aLiteralIsWrittenExactlyAsJenasNTriplesWriterWritesIt(String lex) {
        List<Node> literals = List.of(NodeFactory.createLiteralString(lex), NodeFactory.createLiteralLang(lex, "fr"),
                NodeFactory.createLiteralLang(lex, "en-GB"), NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT(lex, NodeFactory.getType("http://ex.org/dt{odd}")),
                NodeFactory.createLiteralDirLang(lex, "ar", "rtl"));
        for (Node n : literals) {
            StringBuilder out = new StringBuilder();
            ContentHash.term(out, n);
            assertEquals(NodeFmtLib.strNT(n), out.toString(), n::toString);
        }
    }

    @Test
    void theHashIsTheOneStoredBeforeTheFastPathSoStoredRecordsStayUnchanged() {
        Graph g = sample(new Random(7), 300);
        assertEquals(referenceHash(g), ContentHash.of(g));
    }

    @Test
    void theHashIgnoresBlankNodeLabelsAndOrderButNotContent() {
        Node s = NodeFactory.createURI("http://ex.org/s");
        Graph a = GraphFactory.createDefaultGraph();
        a.add(s, RDFS.seeAlso.asNode(), NodeFactory.createBlankNode("one"));
        a.add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang("x", "fr"));
        Graph b = GraphFactory.createDefaultGraph();
        b.add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang("x", "fr"));
        b.add(s, RDFS.seeAlso.asNode(), NodeFactory.createBlankNode("two"));
        assertEquals(ContentHash.of(a), ContentHash.of(b));
        b.add(s, RDFS.comment.asNode(), NodeFactory.createLiteralString("more"));
        assertNotEquals(ContentHash.of(a), ContentHash.of(b));
    }

    /** IRIs with and without characters to escape, and literals of every kind the writer abbreviates. */
    private static Graph sample(Random random, int triples) {
        String[] iris = {"http://ex.org/a", "http://ex.org/b c", "http://ex.org/é", "http://ex.org/x{1}"};
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < triples; i++) {
            Node s = NodeFactory.createURI(iris[random.nextInt(iris.length)] + "/" + i);
            Node o = switch (random.nextInt(6)) {
                case 0 -> NodeFactory.createURI(iris[random.nextInt(iris.length)]);
                case 1 -> NodeFactory.createLiteralString("text \"" + i + "\"\n");
                case 2 -> NodeFactory.createLiteralLang("libellé " + i, "fr");
                case 3 -> NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
                case 4 -> NodeFactory.createLiteralDT("2024-01-0" + (1 + i % 9), XSDDatatype.XSDdate);
                default -> NodeFactory.createBlankNode();
            };
            g.add(s, RDFS.seeAlso.asNode(), o);
        }
        return g;
    }

    /** The hash as it was computed before: every term through Jena's writer. */
    private static String referenceHash(Graph g) {
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> lines.add(ref(t.getSubject()) + ' ' + ref(t.getPredicate()) + ' ' + ref(t.getObject())));
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ref(Node n) {
        return n.isBlank() ? "_:" : NodeFmtLib.strNT(n);
    }
}

package fr.hdh.catalog.core.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A fingerprint of a record's content, so that writing the same content again writes nothing. The
 * triples are sorted as N-Triples with blank node labels blanked out, which makes the hash independent
 * of parse order and of the labels a parser picked.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(Graph content) {
        List<String> lines = new ArrayList<>(content.size());
        content.find().forEachRemaining(t -> lines.add(
                term(t.getSubject()) + ' ' + term(t.getPredicate()) + ' ' + term(t.getObject())));
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:" : NodeFmtLib.strNT(n);
    }
}

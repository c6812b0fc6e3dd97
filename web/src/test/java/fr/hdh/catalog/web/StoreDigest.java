package fr.hdh.catalog.web;

import fr.hdh.catalog.core.store.CatalogStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A digest of what a store holds, for tests that check a refused request changed nothing: every quad as N-Quads,
 * sorted, hashed with SHA-256.
 */
public final class StoreDigest {
    private StoreDigest() {}

    /** The digest of every quad of {@code store}. */
    public static String of(CatalogStore store) {
        return store.read(() -> {
            List<String> lines = new ArrayList<>();
            store.datasetGraph().find().forEachRemaining(q -> lines.add(NodeFmtLib.strNQ(q)));
            return of(lines.stream());
        });
    }

    /** The digest of {@code lines}, in sorted order. */
    public static String of(Stream<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.sorted().forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

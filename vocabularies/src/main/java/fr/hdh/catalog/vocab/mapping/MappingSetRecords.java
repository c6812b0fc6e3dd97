package fr.hdh.catalog.vocab.mapping;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A mapping set as a catalogue record of kind {@code MAPPING_SET}: one graph named
 * {@code <base>mapping-set/<id>}, never the set's own IRI, so a set cannot take the name of another
 * record. A plain {@code mapping_set_id} is kept readable in the name; an IRI is hashed.
 *
 * <pre>
 * CatalogRecord r = new MappingSetRecords(iris).record(set, new RecordSource("urn:hdh:demo", "demo-loader"));
 * </pre>
 */
public final class MappingSetRecords {
    private final CatalogIris iris;

    public MappingSetRecords(CatalogIris iris) {
        this.iris = iris;
    }

    /** Where mapping sets are named. */
    public String namespace() {
        return iris.base() + "mapping-set/";
    }

    /** The record IRI of the set whose {@code mapping_set_id} is {@code mappingSetId}. */
    public String recordIri(String mappingSetId) {
        String base = namespace();
        if (mappingSetId.startsWith(base) && mappingSetId.substring(base.length()).matches("[A-Za-z0-9._-]{1,80}")) {
            return mappingSetId;
        }
        if (mappingSetId.matches("[A-Za-z0-9._-]{1,80}")) {
            return base + mappingSetId;
        }
        return base + shortHash(mappingSetId);
    }

    /** The record of {@code set}, named by its id. */
    public CatalogRecord record(MappingSet set, RecordSource source) {
        return record(set, recordIri(set.id()), source);
    }

    /** The record of {@code set} named {@code iri}. */
    public static CatalogRecord record(MappingSet set, String iri, RecordSource source) {
        return new CatalogRecord(iri, RecordKind.MAPPING_SET, MappingSetGraph.toGraph(set, iri), source);
    }

    private static String shortHash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

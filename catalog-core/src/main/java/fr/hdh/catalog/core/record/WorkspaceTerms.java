package fr.hdh.catalog.core.record;

import fr.hdh.catalog.ontologies.HDH;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The names of what the private workspace holds (versions, the audit log, users), and the terms that
 * describe them (defined with labels in {@code hdh.ttl}). Nothing here is ever served to the public.
 */
public final class WorkspaceTerms {
    /** What the name of every workspace graph starts with. */
    public static final String WS = "urn:hdh:workspace:";

    /** The graph of every user. */
    public static final String USERS = WS + "users";
    /** The append-only audit log. */
    public static final String AUDIT = WS + "audit";
    /** The server's secrets (the token key). */
    public static final String SECRETS = WS + "secrets";

    public static final Node VERSION = term("Version");
    public static final Node VERSION_OF = term("versionOf");
    public static final Node VERSION_NUMBER = term("versionNumber");
    public static final Node VERSION_STATE = term("versionState");
    public static final Node CONTENT_GRAPH = term("contentGraph");
    public static final Node MESSAGE = term("message");
    public static final Node AUTHOR = term("author");
    public static final Node AT = term("at");
    public static final Node AUDIT_ENTRY = term("AuditEntry");
    public static final Node ACTION = term("action");
    public static final Node RECORD = term("record");
    public static final Node FROM_STATE = term("fromState");
    public static final Node TO_STATE = term("toState");
    public static final Node USER = term("User");
    public static final Node ROLE = term("role");
    public static final Node ORGANISATION = term("organisation");
    public static final Node TOKEN_HASH = term("tokenHash");
    public static final Node TOKEN_KEY = term("tokenKey");
    public static final Node SEQUENCE = term("sequence");
    public static final Node CONFIRMED = term("confirmedAt");
    public static final Node AS_PUBLISHED_OF = term("asPublishedOf");
    public static final Node AMENDMENT = term("Amendment");
    public static final Node AMENDS = term("amends");
    public static final Node AMENDMENT_TYPE = term("amendmentType");
    public static final Node AMENDMENT_KIND = term("amendmentKind");
    public static final Node AMENDED_SUBJECT = term("amendedSubject");
    public static final Node AMENDED_PROPERTY = term("amendedProperty");
    public static final Node VALUE_BEFORE = term("valueBefore");
    public static final Node VALUE_AFTER = term("valueAfter");
    public static final Node REASON = term("reason");
    public static final Node REFUSED = term("refused");

    private WorkspaceTerms() {}

    /** What every history graph's name starts with. */
    static final String HISTORY_PREFIX = WS + "history:";

    /** The graph holding the versions of record {@code iri}. */
    public static String history(String iri) {
        return HISTORY_PREFIX + digest(iri);
    }

    /**
     * The graph holding version {@code n} of record {@code iri} whole: version 1 and every 25th (the others are kept
     * as changes, {@link #added} and {@link #removed}, unless an older store wrote them whole).
     */
    public static String content(String iri, int n) {
        return WS + "content:" + digest(iri) + ":" + n;
    }

    /** The statements version {@code n} of record {@code iri} added to version {@code n - 1} (see {@link VersionContents}). */
    public static String added(String iri, int n) {
        return WS + "added:" + digest(iri) + ":" + n;
    }

    /** The statements of version {@code n - 1} of record {@code iri} that version {@code n} removed. */
    public static String removed(String iri, int n) {
        return WS + "removed:" + digest(iri) + ":" + n;
    }

    /** The node of version {@code n} of record {@code iri}, in its history graph. */
    public static Node version(String iri, int n) {
        return NodeFactory.createURI(history(iri) + ":v" + n);
    }

    /** The graph holding record {@code iri} as its source published it, when the catalogue amended or refused it. */
    public static String asPublished(String iri) {
        return WS + "as-published:" + digest(iri);
    }

    /** The graph listing what the catalogue changed in record {@code iri} on its way in. */
    public static String amendments(String iri) {
        return WS + "amendments:" + digest(iri);
    }

    /** The graph naming the records of harvest source {@code sourceId} kept as published. */
    public static String asPublishedBySource(String sourceId) {
        return WS + "as-published-source:" + sourceId;
    }

    /** The node of user {@code name}. */
    public static Node user(String name) {
        return NodeFactory.createURI(WS + "user:" + name);
    }

    static Node term(String local) {
        return NodeFactory.createURI(HDH.NS + local);
    }

    private static String digest(String iri) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(iri.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

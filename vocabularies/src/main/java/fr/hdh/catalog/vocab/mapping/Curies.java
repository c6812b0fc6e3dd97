package fr.hdh.catalog.vocab.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A set's curie map with SSSOM's built-in prefixes: expands {@code HP:0000528} to its IRI and compacts
 * an IRI back with the longest namespace that matches. Absolute IRIs ({@code https://…}, {@code urn:…})
 * pass through both ways.
 */
public final class Curies {
    private static final Pattern ABSOLUTE = Pattern.compile("^(urn|mailto|tag):.*", Pattern.CASE_INSENSITIVE);
    private final Map<String, String> prefixes;

    public Curies(Map<String, String> curieMap) {
        prefixes = new LinkedHashMap<>(SssomSlots.BUILT_IN_PREFIXES);
        prefixes.putAll(curieMap);
    }

    /** True when {@code value} is an absolute IRI rather than a CURIE. */
    public static boolean absolute(String value) {
        return value.contains("://") || ABSOLUTE.matcher(value).matches();
    }

    /** The prefix of a CURIE ({@code HP} of {@code HP:0000528}), empty for an absolute IRI or no colon. */
    public static Optional<String> prefixOf(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || absolute(value)) {
            return Optional.empty();
        }
        return Optional.of(value.substring(0, colon));
    }

    /** The IRI of a CURIE or absolute IRI; empty when its prefix is not declared. */
    public Optional<String> expand(String value) {
        if (absolute(value)) {
            return Optional.of(value);
        }
        return prefixOf(value).flatMap(p -> Optional.ofNullable(prefixes.get(p)))
                .map(ns -> ns + value.substring(value.indexOf(':') + 1));
    }

    /** The namespace {@code prefix} stands for; empty when it is not declared. */
    public Optional<String> namespace(String prefix) {
        return Optional.ofNullable(prefixes.get(prefix));
    }

    /** {@code iri} as a CURIE with the longest matching namespace, or the IRI itself. */
    public String compact(String iri) {
        String best = null;
        String bestNs = "";
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            String ns = p.getValue();
            if (iri.startsWith(ns) && iri.length() > ns.length() && ns.length() > bestNs.length()) {
                best = p.getKey();
                bestNs = ns;
            }
        }
        return best == null ? iri : best + ":" + iri.substring(bestNs.length());
    }
}

package fr.hdh.catalog.harvest.dcat;

import fr.hdh.catalog.ontologies.Namespaces;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declares a prefix a Turtle or TriG document uses without declaring it, when the prefix is one of the
 * well-known ones of the application profile ({@code healthdcatap:}, {@code dcat:}, {@code dct:} or
 * {@code dcterms:}, …): hand-written examples forget a line, and Jena stops the whole document at the
 * first such name. A prefix nobody knows stays an error.
 */
final class PrefixRepair {
    private static final Pattern UNDEFINED = Pattern.compile("Undefined prefix: ([A-Za-z][\\w.-]*)");
    private static final Map<String, String> ALIASES = Map.of("dcterms", "http://purl.org/dc/terms/",
            "dc", "http://purl.org/dc/elements/1.1/", "schema", "http://schema.org/");

    private PrefixRepair() {}

    /** {@code body} with the prefix the parser's {@code message} names declared first, when it is a well-known one. */
    static Optional<byte[]> declare(byte[] body, String message) {
        Matcher m = UNDEFINED.matcher(message == null ? "" : message);
        if (!m.find()) {
            return Optional.empty();
        }
        String prefix = m.group(1);
        String ns = Optional.ofNullable(Namespaces.prefixes().getNsPrefixURI(prefix)).orElse(ALIASES.get(prefix));
        if (ns == null) {
            return Optional.empty();
        }
        byte[] line = ("@prefix " + prefix + ": <" + ns + "> .\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[line.length + body.length];
        System.arraycopy(line, 0, out, 0, line.length);
        System.arraycopy(body, 0, out, line.length, body.length);
        return Optional.of(out);
    }
}

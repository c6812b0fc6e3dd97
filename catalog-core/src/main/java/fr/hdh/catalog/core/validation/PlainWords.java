package fr.hdh.catalog.core.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * Turns a SHACL result into a sentence a producer understands. A message written by the shape's
 * authors ({@code sh:message}) is kept as it is; Jena's generic messages are rephrased.
 */
final class PlainWords {
    private static final Pattern MIN_COUNT = Pattern.compile("minCount\\[(\\d+)\\].*Got count = (\\d+)", Pattern.DOTALL);
    private static final Pattern MAX_COUNT = Pattern.compile("maxCount\\[(\\d+)\\].*Got count = (\\d+)", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("ClassConstraint\\[<?([^>\\]]+)>?\\]: Expected class :<?([^>]+)>? for (.*)", Pattern.DOTALL);
    private static final Pattern DATATYPE = Pattern.compile("Datatype(?:Constraint)?\\[([^\\]]+)\\]: Expected [^:]+: Actual (\\S+)", Pattern.DOTALL);
    private static final Pattern NODE_KIND = Pattern.compile("NodeKind\\[([^\\]]+)\\].*", Pattern.DOTALL);

    private PlainWords() {}

    static String message(ReportEntry e) {
        String raw = e.message() == null ? "" : e.message();
        Matcher m = MIN_COUNT.matcher(raw);
        if (m.find()) {
            int min = Integer.parseInt(m.group(1));
            int got = Integer.parseInt(m.group(2));
            return (got == 0 ? "missing" : "too few values")
                    + ": at least " + min + " value" + (min > 1 ? "s" : "") + " required, found " + got;
        }
        m = MAX_COUNT.matcher(raw);
        if (m.find()) {
            return "too many values: at most " + m.group(1) + " allowed, found " + m.group(2);
        }
        m = CLASS.matcher(raw);
        if (m.find()) {
            return "the value " + valueText(e) + " must be a " + fr.hdh.catalog.ontologies.Namespaces.shortForm(m.group(1))
                    + " (no such type found for it in the record or the vocabularies)";
        }
        m = DATATYPE.matcher(raw);
        if (m.find()) {
            return "the value " + valueText(e) + " must have datatype " + m.group(1) + ", not " + m.group(2);
        }
        m = NODE_KIND.matcher(raw);
        if (m.find()) {
            return "the value " + valueText(e) + " must be " + nodeKind(m.group(1));
        }
        return raw;
    }

    private static String nodeKind(String kind) {
        return switch (kind.replace("sh:", "").replace("http://www.w3.org/ns/shacl#", "")) {
            case "IRI" -> "an IRI";
            case "Literal" -> "a literal";
            case "BlankNodeOrIRI" -> "an IRI or a blank node";
            default -> kind;
        };
    }

    private static String valueText(ReportEntry e) {
        if (e.value() == null) {
            return "";
        }
        return e.value().isURI() ? "<" + e.value().getURI() + ">" : e.value().toString();
    }
}

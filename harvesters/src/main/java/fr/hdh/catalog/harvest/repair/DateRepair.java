package fr.hdh.catalog.harvest.repair;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Dates of {@code dct:issued}, {@code dct:modified}, {@code dcat:startDate} and {@code dcat:endDate}
 * given as text → {@code xsd:date} or {@code xsd:dateTime} when the text is one, also with a space for the
 * {@code T} ({@code "2019-10-30 23:00:00"}, as FAIR Data Points and SQL exports write it); a date typed
 * {@code xsd:dateTime} without a time → {@code xsd:date}, a date-time typed {@code xsd:date} → {@code xsd:dateTime}.
 */
final class DateRepair extends ValueRepair {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?)");

    DateRepair() {
        super("date", Set.of(DCTerms.issued.asNode(), DCTerms.modified.asNode(), DCAT.startDate.asNode(), DCAT.endDate.asNode()));
    }

    @Override
    Optional<Node> repaired(Node property, Node value) {
        if (!value.isLiteral()) {
            return Optional.empty();
        }
        String type = value.getLiteralDatatypeURI();
        boolean dated = XSDDatatype.XSDdate.getURI().equals(type) || XSDDatatype.XSDdateTime.getURI().equals(type);
        if (!dated && text(value).isEmpty()) {
            return Optional.empty();
        }
        String text = value.getLiteralLexicalForm().trim();
        if (DATE.matcher(text).matches()) {
            return Optional.of(NodeFactory.createLiteralDT(text, XSDDatatype.XSDdate));
        }
        Matcher m = DATE_TIME.matcher(text);
        if (m.matches()) {
            return Optional.of(NodeFactory.createLiteralDT(m.group(1) + "T" + m.group(2), XSDDatatype.XSDdateTime));
        }
        return Optional.empty();
    }

    @Override
    String reason() {
        return "a date given as text or with the other date type, typed as what it is";
    }
}

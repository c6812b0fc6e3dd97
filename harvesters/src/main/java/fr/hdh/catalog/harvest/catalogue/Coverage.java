package fr.hdh.catalog.harvest.catalogue;

import fr.hdh.catalog.harvest.csv.CsvRow;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.vocab.eu.EuAuthority;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Reads the time and place a dataset covers from {@code period_start}, {@code period_end} and
 * {@code spatial}.
 *
 * <p>Periods are years ({@code 2006} → xsd:gYear) or months ({@code 2020-05} → xsd:gYearMonth), both
 * accepted by DCAT-AP for dcat:startDate and dcat:endDate. A place starting with "France" is the EU
 * country FRA (plus BEL when Belgium is named); any text other than plain "France" is also kept as
 * written, as the name of a dct:Location of the record, because the qualifiers ("metropolitan",
 * "9 cancer centres") and the places inside France (Île-de-France, Paris, Toulouse) have no authority
 * IRI we bundle and must not be widened to the whole country.
 */
final class Coverage {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private Coverage() {}

    /** The period bound as a typed literal; null when the cell is empty. */
    static Node date(CsvRow row, String column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        if (YEAR.matcher(text).matches()) {
            return NodeFactory.createLiteralDT(text, XSDDatatype.XSDgYear);
        }
        if (YEAR_MONTH.matcher(text).matches()) {
            return NodeFactory.createLiteralDT(text, XSDDatatype.XSDgYearMonth);
        }
        throw new MalformedInputException(row.source(), row.line(),
                column + " '" + text + "' is neither a year nor a year-month", null);
    }

    /** The EU countries the spatial text names. */
    static List<Node> countries(CsvRow row) {
        String spatial = row.get("spatial");
        List<Node> countries = new ArrayList<>();
        if (spatial.startsWith("France")) {
            countries.add(EuAuthority.FRANCE);
            if (spatial.contains("Belgium")) {
                countries.add(EuAuthority.BELGIUM);
            }
        }
        return countries;
    }

    /** True when the spatial text says more than one of our country IRIs can. */
    static boolean needsPlaceName(CsvRow row) {
        String spatial = row.get("spatial");
        return !spatial.isEmpty() && !spatial.equals("France");
    }
}

package fr.hdh.catalog.harvest.catalogue;

import fr.hdh.catalog.harvest.csv.CsvRow;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.vocab.eu.EuAuthority;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * The EU frequency of a dataset's updates, from {@code update_frequency}; empty when the cell is.
 *
 * <table>
 * <caption>update_frequency → dct:accrualPeriodicity</caption>
 * <tr><th>text</th><th>frequency</th></tr>
 * <tr><td>daily</td><td>DAILY</td></tr>
 * <tr><td>monthly</td><td>MONTHLY</td></tr>
 * <tr><td>semiannual</td><td>ANNUAL_2 (twice a year)</td></tr>
 * <tr><td>annual, annual (about 2-year lag), annual follow-up</td><td>ANNUAL: the lag and the follow-up
 * wave describe the content, the dataset still grows once a year</td></tr>
 * </table>
 */
final class UpdateFrequencies {
    private static final Map<String, String> BY_TEXT = Map.of(
            "daily", "DAILY",
            "monthly", "MONTHLY",
            "semiannual", "ANNUAL_2",
            "annual", "ANNUAL",
            "annual (about 2-year lag)", "ANNUAL",
            "annual follow-up", "ANNUAL");

    private UpdateFrequencies() {}

    static Optional<Node> of(CsvRow row) {
        String text = row.get("update_frequency");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String code = BY_TEXT.get(text);
        if (code == null) {
            throw new MalformedInputException(row.source(), row.line(),
                    "update_frequency '" + text + "' has no EU frequency mapping", null);
        }
        return Optional.of(EuAuthority.frequency(code));
    }
}

package fr.hdh.catalog.harvest.catalogue;

import fr.hdh.catalog.harvest.csv.CsvRow;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.vocab.eu.EuAuthority;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The HealthDCAT-AP publisher type (the DG SANTE list the HealthDCAT-AP example uses) of a producer,
 * from the {@code type} column of producers.csv. DCAT-AP allows one {@code dct:type} per agent.
 *
 * <table>
 * <caption>producer type → dct:type</caption>
 * <tr><th>type</th><th>publisher-type code</th></tr>
 * <tr><td>public health insurer</td><td>health-insurance-company-org</td></tr>
 * <tr><td>private insurers (group)</td><td>private-health-insurance</td></tr>
 * <tr><td>public agency, public interest group (GIP)</td><td>gov-public-sector-org</td></tr>
 * <tr><td>ministry</td><td>national-authority</td></tr>
 * <tr><td>ministry (statistical service)</td><td>stat-agency</td></tr>
 * <tr><td>regional health agency</td><td>regional-authority</td></tr>
 * <tr><td>research institute, research laboratory, research unit</td><td>research-institute-org</td></tr>
 * <tr><td>university</td><td>university</td></tr>
 * <tr><td>hospital, university hospital (group), comprehensive cancer centre (CLCC), cancer-centre network</td><td>healthcare-providers</td></tr>
 * </table>
 */
final class PublisherTypes {
    private static final Map<String, String> BY_TYPE = Map.ofEntries(
            Map.entry("public health insurer", "health-insurance-company-org"),
            Map.entry("private insurers (group)", "private-health-insurance"),
            Map.entry("public agency", "gov-public-sector-org"),
            Map.entry("public interest group (GIP)", "gov-public-sector-org"),
            Map.entry("ministry", "national-authority"),
            Map.entry("ministry (statistical service)", "stat-agency"),
            Map.entry("regional health agency", "regional-authority"),
            Map.entry("research institute", "research-institute-org"),
            Map.entry("research laboratory", "research-institute-org"),
            Map.entry("research unit", "research-institute-org"),
            Map.entry("university", "university"),
            Map.entry("hospital", "healthcare-providers"),
            Map.entry("university hospital", "healthcare-providers"),
            Map.entry("university hospital group", "healthcare-providers"),
            Map.entry("comprehensive cancer centre (CLCC)", "healthcare-providers"),
            Map.entry("cancer-centre network", "healthcare-providers"));

    private PublisherTypes() {}

    static Node of(CsvRow row) {
        String code = BY_TYPE.get(row.get("type"));
        if (code == null) {
            throw new MalformedInputException(row.source(), row.line(),
                    "producer type '" + row.get("type") + "' has no publisher-type mapping", null);
        }
        return EuAuthority.publisherType(code);
    }
}

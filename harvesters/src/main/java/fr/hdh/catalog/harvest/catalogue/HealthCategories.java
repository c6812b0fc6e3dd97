package fr.hdh.catalog.harvest.catalogue;

import fr.hdh.catalog.harvest.csv.CsvRow;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.vocab.eu.EuAuthority;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The HealthDCAT-AP health categories (EHDS Article 51(1)) of a dataset, from its {@code data_type}.
 *
 * <table>
 * <caption>data_type → healthdcatap:healthCategory</caption>
 * <tr><th>data_type</th><th>categories</th><th>why</th></tr>
 * <tr><td>medico-administrative, sample (…), (derived), medico-social administrative</td><td>HRAD</td><td>reimbursement claims, hospital discharge abstracts, benefits: administrative data</td></tr>
 * <tr><td>medico-administrative (aggregated)</td><td>HRAD, NRPE</td><td>claims data aggregated into expenditure items</td></tr>
 * <tr><td>medico-administrative (death registration)</td><td>MRMR</td><td>a mortality registry</td></tr>
 * <tr><td>medico-administrative (vaccination register)</td><td>PHDR</td><td>a population-wide public health register</td></tr>
 * <tr><td>surveillance information system</td><td>PHDR</td><td>public health surveillance of the whole population</td></tr>
 * <tr><td>surveillance (emergency department records)</td><td>EHRS, PHDR</td><td>records taken from emergency department systems, for surveillance</td></tr>
 * <tr><td>registry, registry / clinical database, clinical database</td><td>MRMR</td><td>disease- or procedure-specific medical registries</td></tr>
 * <tr><td>clinical database and imaging</td><td>MRMR, EHRS</td><td>a medical registry with images from care records</td></tr>
 * <tr><td>imaging (digital pathology), hospital data warehouse</td><td>EHRS</td><td>data (including images) from care records</td></tr>
 * <tr><td>cohort</td><td>RQSH</td><td>research cohorts</td></tr>
 * <tr><td>open-data aggregate</td><td>NRPE</td><td>aggregated data on care provision and expenditure</td></tr>
 * </table>
 * One dataset is read differently from its data_type: {@code cepidc-opendata} aggregates causes of
 * death, which is mortality registry data (MRMR), not care provision. An unknown data_type is refused:
 * a health category is mandatory in every HealthDCAT-AP profile and must be chosen, not defaulted.
 */
final class HealthCategories {
    private static final Map<String, List<String>> BY_DATA_TYPE = Map.ofEntries(
            Map.entry("medico-administrative", List.of("HRAD")),
            Map.entry("sample (medico-administrative)", List.of("HRAD")),
            Map.entry("medico-administrative (derived)", List.of("HRAD")),
            Map.entry("medico-social administrative", List.of("HRAD")),
            Map.entry("medico-administrative (aggregated)", List.of("HRAD", "NRPE")),
            Map.entry("medico-administrative (death registration)", List.of("MRMR")),
            Map.entry("medico-administrative (vaccination register)", List.of("PHDR")),
            Map.entry("surveillance information system", List.of("PHDR")),
            Map.entry("surveillance (emergency department records)", List.of("EHRS", "PHDR")),
            Map.entry("registry", List.of("MRMR")),
            Map.entry("registry / clinical database", List.of("MRMR")),
            Map.entry("clinical database", List.of("MRMR")),
            Map.entry("clinical database and imaging", List.of("MRMR", "EHRS")),
            Map.entry("imaging (digital pathology)", List.of("EHRS")),
            Map.entry("hospital data warehouse", List.of("EHRS")),
            Map.entry("cohort", List.of("RQSH")),
            Map.entry("open-data aggregate", List.of("NRPE")));

    private static final Map<String, List<String>> BY_DATASET = Map.of("cepidc-opendata", List.of("MRMR"));

    private HealthCategories() {}

    static List<Node> of(CsvRow row) {
        List<String> codes = BY_DATASET.getOrDefault(row.get("id"), BY_DATA_TYPE.get(row.get("data_type")));
        if (codes == null) {
            throw new MalformedInputException(row.source(), row.line(),
                    "data_type '" + row.get("data_type") + "' has no health category mapping", null);
        }
        return codes.stream().map(EuAuthority::healthCategory).toList();
    }
}

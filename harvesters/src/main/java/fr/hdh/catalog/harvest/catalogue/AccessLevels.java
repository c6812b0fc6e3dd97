package fr.hdh.catalog.harvest.catalogue;

import fr.hdh.catalog.harvest.csv.CsvRow;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.validation.AccessProfile;
import java.util.Locale;

/**
 * The {@code access} column, free text, read as one of the three HealthDCAT-AP access levels.
 *
 * <table>
 * <caption>access text → dct:accessRights</caption>
 * <tr><th>text starts with</th><th>level</th><th>examples in datasets.csv</th></tr>
 * <tr><td>open</td><td>PUBLIC</td><td>"open data (Licence Ouverte)", "open (free online query tool)"</td></tr>
 * <tr><td>restricted</td><td>RESTRICTED</td><td>"restricted: on request via HDH (catalogue)", "restricted: SNDS portal profiles"</td></tr>
 * <tr><td>non-public, non public</td><td>NON_PUBLIC</td><td>(none yet)</td></tr>
 * </table>
 * Any other text is refused rather than guessed: the level decides which profile a dataset must meet.
 */
final class AccessLevels {
    private AccessLevels() {}

    static AccessProfile of(CsvRow row) {
        String access = row.get("access").toLowerCase(Locale.ROOT);
        if (access.startsWith("open")) {
            return AccessProfile.PUBLIC;
        }
        if (access.startsWith("restricted")) {
            return AccessProfile.RESTRICTED;
        }
        if (access.startsWith("non-public") || access.startsWith("non public")) {
            return AccessProfile.NON_PUBLIC;
        }
        throw new MalformedInputException(row.source(), row.line(),
                "access '" + row.get("access") + "' is none of open…, restricted…, non-public…", null);
    }
}

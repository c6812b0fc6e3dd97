package fr.hdh.catalog.harvest.tableschema;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which catalogue dataset each SNDS product belongs to. The schema repository groups its tables in one
 * folder per product ({@code DCIR}, {@code PMSI/PMSI MCO}, …); each product is one dataset of the
 * catalogue, whose id is fixed here so the dataset records written elsewhere name the same ids.
 *
 * <pre>
 * SndsProducts.datasetIdOf(table);                // "pmsi-mco" for a table under PMSI/PMSI MCO
 * SndsProducts.byDataset(tables).get("snds-dcir"); // the 16 DCIR tables
 * </pre>
 */
public final class SndsProducts {
    /** Product folder (relative to the schemas root) → dataset id. */
    private static final Map<String, String> DATASET_BY_FOLDER = folders();

    private SndsProducts() {}

    private static Map<String, String> folders() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("DCIR", "snds-dcir");
        m.put("DCIRS", "snds-dcirs");
        m.put("DCIR_DCIRS", "snds-dcir-dcirs");
        m.put("PMSI/PMSI MCO", "pmsi-mco");
        m.put("PMSI/PMSI SSR", "pmsi-ssr");
        m.put("PMSI/PMSI HAD", "pmsi-had");
        m.put("PMSI/PMSI RIM-P", "pmsi-rimp");
        m.put("EGB", "snds-egb");
        m.put("Causes de décès", "cepidc-bcmd");
        m.put("BENEFICIAIRE", "snds-beneficiaires");
        m.put("CARTOGRAPHIE_PATHOLOGIES", "snds-cartographie-pathologies");
        m.put("DAMIR", "snds-damir");
        return Map.copyOf(m);
    }

    /** The product folders this mapping knows, with their dataset ids. */
    public static Map<String, String> datasetIdsByFolder() {
        return new TreeMap<>(DATASET_BY_FOLDER);
    }

    /**
     * The dataset a table belongs to: by its folder; for a file read on its own, by its {@code produit}
     * key, which in every SNDS file equals the last part of the folder. A product this mapping does not
     * know still gets a stable id, {@code snds-} and the product in lower case, so a new product in a
     * later snapshot is published rather than lost.
     */
    public static String datasetIdOf(TableSchema table) {
        // NFC: a checkout on macOS spells "décès" with combining accents.
        String byFolder = DATASET_BY_FOLDER.get(Normalizer.normalize(table.folder(), Normalizer.Form.NFC));
        if (byFolder != null) {
            return byFolder;
        }
        for (Map.Entry<String, String> e : DATASET_BY_FOLDER.entrySet()) {
            if (lastPart(e.getKey()).equals(Normalizer.normalize(table.product(), Normalizer.Form.NFC))) {
                return e.getValue();
            }
        }
        String product = table.product().isEmpty() ? lastPart(table.folder()) : table.product();
        return "snds-" + slug(product);
    }

    /** The tables grouped by dataset id, ids in alphabetical order, tables in the given order. */
    public static Map<String, List<TableSchema>> byDataset(List<TableSchema> tables) {
        Map<String, List<TableSchema>> grouped = new TreeMap<>();
        for (TableSchema t : tables) {
            grouped.computeIfAbsent(datasetIdOf(t), k -> new ArrayList<>()).add(t);
        }
        grouped.replaceAll((k, v) -> List.copyOf(v));
        return grouped;
    }

    private static String lastPart(String folder) {
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    private static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}

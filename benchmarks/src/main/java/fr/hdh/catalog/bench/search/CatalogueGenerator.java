package fr.hdh.catalog.bench.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded synthetic catalogue: datasets, each with two tables sharing its variables, French and English
 * titles and descriptions drawn from realistic health-data words (Zipf-like, so some words are common and
 * most are rare), SNDS-like codes ({@code DGN_PAL_ANN}) and five facets (producer, theme, access rights on
 * the dataset and inherited by its tables and variables; data type and coding system on each variable).
 * Same seed, same catalogue.
 */
final class CatalogueGenerator {

    enum Kind { DATASET, TABLE, VARIABLE }

    /** One generated item; facet values are IRIs except {@code dataType}. */
    record Item(String iri, String recordIri, Kind kind, String code, String titleFr, String titleEn, String descFr,
                String descEn, String producer, String theme, String access, String dataType, String codingSystem,
                String datasetIri, String datasetTitle, String tableIri, String tableCode, List<String> words) {}

    static final String BASE = "http://bench.example/";

    static final String[] FR = {
        "diagnostic", "principal", "séjour", "hospitalier", "patient", "bénéficiaire", "naissance", "année", "mois",
        "date", "sortie", "entrée", "acte", "médical", "consultation", "prescription", "médicament", "délivrance",
        "remboursement", "montant", "prestation", "professionnel", "santé", "établissement", "code", "commune",
        "résidence", "département", "région", "sexe", "âge", "décès", "cause", "affection", "longue", "durée",
        "cancer", "rein", "poumon", "sein", "cardiaque", "infarctus", "diabète", "insuffisance", "rénale",
        "chronique", "dialyse", "greffe", "grossesse", "accouchement", "nouveau-né", "vaccination", "dépistage",
        "biologie", "analyse", "laboratoire", "imagerie", "radiologie", "chirurgie", "anesthésie", "urgence",
        "réanimation", "psychiatrie", "soins", "suite", "réadaptation", "domicile", "infirmier", "kinésithérapie",
        "pharmacie", "officine", "dispositif", "tarif", "nomenclature", "classification", "identifiant",
        "anonyme", "chaînage", "cohorte", "registre", "enquête", "questionnaire", "population", "effectif",
        "taux", "incidence", "prévalence", "mortalité", "morbidité", "hospitalisation", "ambulatoire",
        "spécialité", "généraliste", "libéral", "public", "privé", "unité", "service", "groupe", "homogène",
        "malades", "tumeur", "maligne", "métastase", "traitement", "chimiothérapie", "radiothérapie", "stade",
        "type", "nature", "statut", "régime", "assurance", "complémentaire", "invalidité", "arrêt", "travail",
        "indemnité", "journalière", "handicap", "dépendance", "vieillissement", "enfant", "adolescent", "mère",
    };

    static final String[] EN = {
        "diagnosis", "primary", "hospital", "stay", "patient", "beneficiary", "birth", "year", "month", "date",
        "discharge", "admission", "procedure", "medical", "visit", "prescription", "drug", "dispensing",
        "reimbursement", "amount", "benefit", "professional", "health", "facility", "code", "municipality",
        "residence", "county", "region", "sex", "age", "death", "cause", "long-term", "condition", "cancer",
        "kidney", "lung", "breast", "cardiac", "infarction", "diabetes", "failure", "renal", "chronic",
        "dialysis", "transplant", "pregnancy", "delivery", "newborn", "vaccination", "screening", "biology",
        "test", "laboratory", "imaging", "radiology", "surgery", "anaesthesia", "emergency", "intensive", "care",
        "psychiatry", "rehabilitation", "home", "nurse", "physiotherapy", "pharmacy", "device", "fee",
        "classification", "identifier", "pseudonymised", "linkage", "cohort", "registry", "survey",
        "questionnaire", "population", "count", "rate", "incidence", "prevalence", "mortality", "morbidity",
        "hospitalisation", "outpatient", "specialty", "general", "practitioner", "private", "unit", "ward",
        "group", "related", "tumour", "malignant", "metastasis", "treatment", "chemotherapy", "radiotherapy",
        "stage", "kind", "status", "scheme", "insurance", "disability", "sick", "leave", "allowance", "daily",
        "handicap", "dependency", "ageing", "child", "adolescent", "mother", "cohort", "trial", "outcome",
    };

    static final String[] CODE_PARTS = {
        "BEN", "NAI", "ANN", "MOI", "DGN", "PAL", "REL", "SEJ", "ENT", "SOR", "DAT", "PRS", "NAT", "EXE", "SOI",
        "DTE", "IND", "RGM", "COD", "ACT", "MED", "PHA", "CIP", "UCD", "ATC", "ETB", "FIN", "GHM", "GHS", "RUM",
        "RSA", "CCAM", "NGAP", "ALD", "CIM", "DCD", "CAU", "SEX", "AGE", "COM", "DPT", "REG", "RES", "MNT", "REM",
        "TAR", "QTE", "NBR", "DUR", "ORG", "SPE", "PSE", "PSP", "TOP", "FLT", "IDT", "NIR", "KEY", "CLE", "ORD",
    };

    static final String[] THEMES = {"HEAL", "SOCI", "ECON", "GOVE", "EDUC", "ENVI", "POPU", "TECH", "REGI",
        "JUST", "AGRI", "TRAN", "ENER"};
    static final String[] ACCESS = {"PUBLIC", "RESTRICTED", "NON_PUBLIC"};
    static final String[] DATA_TYPES = {"string", "integer", "decimal", "date", "dateTime", "boolean"};
    static final String[] CODING = {"CIM10", "CCAM", "NGAP", "ATC", "UCD", "CIP13", "GHM", "COG", "FINESS",
        "LOINC", "SNOMED", "NABM", "LPP", "ALD", "SEXE"};
    static final int PRODUCERS = 40;

    private CatalogueGenerator() {}

    static String producer(int i) { return BASE + "producer/P" + i; }
    static String theme(String t) { return "http://publications.europa.eu/resource/authority/data-theme/" + t; }
    static String access(String a) { return "http://publications.europa.eu/resource/authority/access-right/" + a; }
    static String coding(String c) { return BASE + "scheme/" + c; }

    /** {@code datasets} datasets holding {@code variables} variables in all (two tables per dataset). */
    static List<Item> generate(int datasets, int variables, long seed) {
        Random r = new Random(seed);
        List<Item> items = new ArrayList<>(datasets * 3 + variables);
        for (int d = 0; d < datasets; d++) {
            String ds = BASE + "dataset/D" + d;
            String producer = producer(zipf(r, PRODUCERS));
            String theme = theme(THEMES[zipf(r, THEMES.length)]);
            String access = access(ACCESS[r.nextInt(ACCESS.length)]);
            int[] w = words(r, 4);
            String dsTitleFr = phrase(FR, w, 0, 4);
            String dsTitleEn = phrase(EN, w, 0, 4);
            int[] dw = words(r, 10);
            String dsCode = code(r, 2) + "_" + d;
            items.add(new Item(ds, ds, Kind.DATASET, dsCode, dsTitleFr, dsTitleEn, phrase(FR, dw, 0, 10),
                    phrase(EN, dw, 0, 10), producer, theme, access, null, null, null, null, null, null, null));
            // this dataset's share of the variables, spread evenly (the remainder to the first datasets)
            int nv = variables / datasets + (d < variables % datasets ? 1 : 0);
            String[] tables = new String[2];
            String[] tableCodes = new String[2];
            for (int t = 0; t < 2; t++) {
                tables[t] = ds + "/table/T" + t;
                tableCodes[t] = code(r, 2) + "_" + (char) ('A' + t);
                int[] tw = words(r, 3);
                items.add(new Item(tables[t], ds, Kind.TABLE, tableCodes[t], phrase(FR, tw, 0, 3), phrase(EN, tw, 0, 3),
                        phrase(FR, words(r, 8), 0, 8), null, producer, theme, access, null, null, ds, dsTitleFr,
                        null, null, null));
            }
            for (int v = 0; v < nv; v++) {
                int t = v % 2;
                int[] vw = words(r, 4);
                int[] vd = words(r, 8);
                List<String> ws = new ArrayList<>();
                for (int i : vw) { ws.add(FR[i]); }
                items.add(new Item(tables[t] + "/V" + v, ds, Kind.VARIABLE, code(r, 3), phrase(FR, vw, 0, 4),
                        phrase(EN, vw, 0, 4), phrase(FR, vd, 0, 8), null, producer, theme, access,
                        DATA_TYPES[zipf(r, DATA_TYPES.length)], coding(CODING[zipf(r, CODING.length)]), ds,
                        dsTitleFr, tables[t], tableCodes[t], ws));
            }
        }
        return items;
    }

    /** Zipf-like pick in [0, n): low indexes much more often. */
    static int zipf(Random r, int n) {
        double u = r.nextDouble();
        return Math.min(n - 1, (int) (n * u * u * u));
    }

    private static int[] words(Random r, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            // half the words Zipf-like, half uniform: a long tail of rarer words
            out[i] = r.nextBoolean() ? zipf(r, FR.length) : r.nextInt(FR.length);
        }
        return out;
    }

    private static String phrase(String[] vocab, int[] w, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (sb.length() > 0) { sb.append(' '); }
            sb.append(vocab[w[i] % vocab.length]);
        }
        return sb.toString();
    }

    private static String code(Random r, int parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            if (i > 0) { sb.append('_'); }
            sb.append(CODE_PARTS[r.nextInt(CODE_PARTS.length)]);
        }
        return sb.toString();
    }
}

package fr.hdh.catalog.vocab.nomenclature;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;

/**
 * The hierarchy a CIM-10 (French ICD-10) code list carries in its codes: a subcode sits below the longest
 * shorter code of the list it starts with ({@code I210} below {@code I21}, {@code I21} a three-character
 * category). Only lists whose codes are ICD-10 codes get it (at least {@value #MIN_CODES} codes, nearly all of
 * the form letter, two digits, then digits or letters): elsewhere a code that starts another ({@code 1}, {@code 10})
 * says nothing of a hierarchy. The chapters and blocks above the categories are not in the SNDS lists and are not
 * invented here.
 */
final class Icd10Hierarchy {
    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9]{2}[0-9A-Z+]*");
    private static final int MIN_CODES = 100;
    private static final double MIN_SHARE = 0.95;
    private static final int CATEGORY_LENGTH = 3;

    private Icd10Hierarchy() {}

    /** Whether the codes of a list are ICD-10 codes. */
    static boolean applies(Collection<String> codes) {
        if (codes.size() < MIN_CODES) {
            return false;
        }
        long matching = codes.stream().filter(c -> ICD10.matcher(c).matches()).count();
        return matching >= MIN_SHARE * codes.size();
    }

    /**
     * Adds {@code skos:broader} from each subcode to its parent in {@code g}; {@code concept} gives the node of a code.
     *
     * @return how many links were added
     */
    static int add(Graph g, Set<String> codes, java.util.function.Function<String, Node> concept) {
        int added = 0;
        for (String code : codes) {
            for (int length = code.length() - 1; length >= CATEGORY_LENGTH; length--) {
                String parent = code.substring(0, length);
                if (codes.contains(parent)) {
                    g.add(concept.apply(code), SKOS.broader.asNode(), concept.apply(parent));
                    added++;
                    break;
                }
            }
        }
        return added;
    }
}

package fr.hdh.catalog.vocab.nomenclature;

import java.util.List;

/**
 * Where a nomenclature's code, label and key values sit in its CSV rows. Columns are found by name in
 * the CSV header; a name the header lacks is taken at its position in the JSON, which lists the columns
 * in file order.
 *
 * @param code the code's index
 * @param label the label's index, or -1 when the list has no label column
 * @param key the indexes of the key columns, in key order
 */
record ColumnPositions(int code, int label, int[] key) {

    static ColumnPositions of(NomenclatureSchema schema, List<String> header) {
        int code = indexOf(schema.codeField(), schema, header);
        int label = schema.labelField().map(name -> indexOf(name, schema, header)).orElse(-1);
        int[] key = schema.keyFields().stream().mapToInt(name -> indexOf(name, schema, header)).toArray();
        return new ColumnPositions(code, label, key);
    }

    /** True when the code alone identifies a row, as in most lists. */
    boolean keyIsCode() {
        return key.length == 1 && key[0] == code;
    }

    /** The number of values a row needs for its code and key to be read. */
    int requiredWidth() {
        int max = code;
        for (int k : key) {
            max = Math.max(max, k);
        }
        return max + 1;
    }

    private static int indexOf(String name, NomenclatureSchema schema, List<String> header) {
        int inHeader = header.indexOf(name);
        return inHeader >= 0 ? inHeader : schema.fields().indexOf(name);
    }
}

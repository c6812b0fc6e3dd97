package fr.hdh.catalog.vocab.nomenclature;

/**
 * What a {@link NomenclatureReader} has read so far, and the rows it could not turn into concepts,
 * by reason. Each file is counted in a tally of its own, then {@linkplain #add added} to the
 * reader's, so files can be read in parallel.
 */
public final class NomenclatureTally {
    private int schemes;
    private int schemesWithoutValues;
    private long rows;
    private long concepts;
    private long shortRows;
    private long emptyCodes;
    private long duplicateKeys;
    private long copyLinks;

    /** Concept schemes read. */
    public int schemes() {
        return schemes;
    }

    /** Schemes whose CSV of values is missing: published without concepts. */
    public int schemesWithoutValues() {
        return schemesWithoutValues;
    }

    /** CSV data rows read (header and blank lines not counted). */
    public long rows() {
        return rows;
    }

    /** Concepts written. */
    public long concepts() {
        return concepts;
    }

    /** Rows skipped because they end before the code or a key column. */
    public long shortRows() {
        return shortRows;
    }

    /** Rows skipped because their code is empty: a concept needs a notation. */
    public long emptyCodes() {
        return emptyCodes;
    }

    /** Rows skipped because an earlier row of the same list had the same key; the first row wins. */
    public long duplicateKeys() {
        return duplicateKeys;
    }

    /** Links from the concepts of copies of the CIM-10 to the reference list ({@code skos:exactMatch}). */
    public long copyLinks() {
        return copyLinks;
    }

    synchronized void copyLinks(long links) {
        copyLinks += links;
    }

    /** All rows skipped, whatever the reason. */
    public long skipped() {
        return shortRows + emptyCodes + duplicateKeys;
    }

    /** Adds the counts of {@code other} (one file's) to this tally. */
    synchronized void add(NomenclatureTally other) {
        schemes += other.schemes;
        schemesWithoutValues += other.schemesWithoutValues;
        rows += other.rows;
        concepts += other.concepts;
        shortRows += other.shortRows;
        emptyCodes += other.emptyCodes;
        duplicateKeys += other.duplicateKeys;
        copyLinks += other.copyLinks;
    }

    void scheme(boolean withValues) {
        schemes++;
        if (!withValues) {
            schemesWithoutValues++;
        }
    }

    void row() {
        rows++;
    }

    void concept() {
        concepts++;
    }

    void shortRow() {
        shortRows++;
    }

    void emptyCode() {
        emptyCodes++;
    }

    void duplicateKey() {
        duplicateKeys++;
    }

    @Override
    public String toString() {
        return schemes + " schemes (" + schemesWithoutValues + " without values), " + rows + " rows, "
                + concepts + " concepts, skipped: " + shortRows + " short rows, " + emptyCodes
                + " empty codes, " + duplicateKeys + " duplicate keys; " + copyLinks + " links from copies of the CIM-10";
    }
}

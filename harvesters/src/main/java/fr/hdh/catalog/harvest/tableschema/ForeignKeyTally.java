package fr.hdh.catalog.harvest.tableschema;

/**
 * How many foreign keys were written, and how many were left out because the table they point to is
 * not in the dictionary.
 *
 * @param resolved keys written with their referenced table
 * @param unresolved keys left out
 */
public record ForeignKeyTally(int resolved, int unresolved) {
    /** No key at all. */
    public static final ForeignKeyTally NONE = new ForeignKeyTally(0, 0);

    public ForeignKeyTally plus(ForeignKeyTally other) {
        return new ForeignKeyTally(resolved + other.resolved, unresolved + other.unresolved);
    }

    public int total() {
        return resolved + unresolved;
    }
}

package fr.hdh.catalog.harvest.run;

/**
 * What a run did, counted by record.
 *
 * @param seen records and unreadable items the source gave
 * @param added new records written
 * @param changed records rewritten with other content
 * @param unchanged records whose content hash did not change: nothing written
 * @param withdrawn records the source no longer gives, marked withdrawn
 * @param rejected items not read or records refused by validation
 */
public record RunCounts(long seen, long added, long changed, long unchanged, long withdrawn, long rejected) {
    /** Records written (added, changed or withdrawn). */
    public long written() {
        return added + changed + withdrawn;
    }

    @Override
    public String toString() {
        return "seen " + seen + ", added " + added + ", changed " + changed + ", unchanged " + unchanged
                + ", withdrawn " + withdrawn + ", rejected " + rejected;
    }
}

package fr.hdh.catalog.harvest.run;

import java.util.Objects;

/**
 * Something a run did not store, and why: an item the harvester could not read, or a record that
 * breaks the shapes (the reason is then its validation report).
 *
 * @param item what was refused: a record IRI, an id, a page or document
 * @param reason in plain words
 */
public record Rejection(String item, String reason) {
    /** Items naming a whole document or page: when one could not be read, nothing is withdrawn. */
    static final String PAGE = "page ";
    static final String DOCUMENT = "document ";

    public Rejection {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
    }

    /** True when a whole page or document could not be read, so the run cannot know what is gone. */
    public boolean wholeDocument() {
        return item.startsWith(PAGE) || item.startsWith(DOCUMENT);
    }
}

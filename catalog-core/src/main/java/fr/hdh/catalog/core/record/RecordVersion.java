package fr.hdh.catalog.core.record;

import java.time.Instant;
import java.util.Optional;

/**
 * One version of a producer's record, as its history lists it.
 *
 * @param recordIri the record
 * @param number 1 for the first version, then one more for each change
 * @param state where this version stands
 * @param author the user who made it
 * @param at when
 * @param message what the author said of the change, if anything
 * @param contentHash the hash of its content (equal hashes, equal content)
 */
public record RecordVersion(String recordIri, int number, VersionState state, String author, Instant at,
                            Optional<String> message, String contentHash) {}

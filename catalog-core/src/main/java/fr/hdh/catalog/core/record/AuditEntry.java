package fr.hdh.catalog.core.record;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the audit log: who did what to which record, which version it made, and the state it
 * moved from and to. The log only grows.
 *
 * @param sequence the entry's place in the log (1, 2, …)
 * @param at when
 * @param actor the user's name
 * @param action what was done ({@code create}, {@code update}, {@code submit}, {@code publish}, …)
 * @param subject the record (or user) acted on
 * @param version the version made or moved, if any
 * @param from the state before, if any
 * @param to the state after, if any
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, String subject,
                         Optional<Integer> version, Optional<String> from, Optional<String> to) {}

package fr.hdh.catalog.core.account;

import java.util.Objects;
import java.util.Set;

/**
 * Someone who acts on the catalogue: a named user with a role and, for producers, the organisations
 * (IRIs of {@code foaf:Organization} records) whose records it may write.
 *
 * @param name a short unique name ({@code a-z}, digits, {@code . _ -}), also the local part of its IRI
 * @param role what it may do
 * @param organisations the organisations it writes for
 */
public record User(String name, Role role, Set<String> organisations) {
    /** The server's own administrator, authenticated by the configured admin token. */
    public static final User ADMINISTRATOR = new User("admin", Role.ADMIN, Set.of());

    public User {
        Objects.requireNonNull(role, "role");
        if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("A user name is 1-64 lower-case letters, digits, '.', '_' or '-': " + name);
        }
        organisations = Set.copyOf(organisations);
    }

    /** True when this user may write a record published by {@code publisher}. */
    public boolean mayWriteFor(String publisher) {
        return role.curates() || (role == Role.PRODUCER && organisations.contains(publisher));
    }
}

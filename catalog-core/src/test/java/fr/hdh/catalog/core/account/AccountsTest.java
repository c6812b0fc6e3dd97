package fr.hdh.catalog.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogConfig;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.record.AuditEntry;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users and tokens: shown once, stored hashed, revocable, kept across restarts, every change audited. */
class AccountsTest {
    static final String ORG = "http://test.example/producer/atih";

    @TempDir
    Path dir;

    @Test
    void aTokenAuthenticatesItsUserUntilRevokedAndIsNeverStored() {
        String token;
        String second;
        try (Catalog catalog = open()) {
            Accounts accounts = catalog.accounts();
            Accounts.Issued issued = accounts.add(new User("atih-editor", Role.PRODUCER, Set.of(ORG)), "admin");
            token = issued.token();
            assertTrue(token.startsWith("hdh_") && token.length() > 40, token);
            assertEquals(Optional.of(issued.user()), accounts.authenticate(token));
            second = accounts.issueToken("atih-editor", "admin");
            assertEquals("atih-editor", accounts.authenticate(second).orElseThrow().name());
            assertEquals(Optional.empty(), accounts.authenticate(token + "x"));
            assertEquals(Optional.empty(), accounts.authenticate(""));

            String stored = catalog.workspace().read(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, catalog.workspace().users(), Lang.NTRIPLES);
                return out.toString(StandardCharsets.UTF_8);
            });
            assertFalse(stored.contains(token.substring(4)) || stored.contains(second.substring(4)), "no token is stored as such");
        }
        try (Catalog catalog = open()) {
            assertTrue(catalog.accounts().authenticate(token).isPresent(), "tokens survive a restart");
            catalog.accounts().revokeTokens("atih-editor", "admin");
            assertEquals(Optional.empty(), catalog.accounts().authenticate(token));
            assertEquals(Optional.empty(), catalog.accounts().authenticate(second));
            assertEquals(java.util.List.of("token-revoke", "token-issue", "user-add"),
                    catalog.workspace().audit(0, 10).stream().map(AuditEntry::action).toList());
        }
    }

    @Test
    void aNameIsTakenOnceAndAGrantChangesRoleAndOrganisations() {
        try (Catalog catalog = open()) {
            Accounts accounts = catalog.accounts();
            String token = accounts.add(new User("editor", Role.PRODUCER, Set.of(ORG)), "admin").token();
            assertThrows(CatalogException.class, () -> accounts.add(new User("editor", Role.READER, Set.of()), "admin"));
            accounts.grant(new User("editor", Role.CURATOR, Set.of()), "admin");
            assertEquals(new User("editor", Role.CURATOR, Set.of()), accounts.authenticate(token).orElseThrow());
            assertThrows(Accounts.UnknownUserException.class, () -> accounts.issueToken("nobody", "admin"));
        }
    }

    @Test
    void aProducerNeedsAnOrganisationNamedByAnAbsoluteIri() {
        try (Catalog catalog = open()) {
            Accounts accounts = catalog.accounts();
            CatalogException none = assertThrows(CatalogException.class,
                    () -> accounts.add(new User("lonely", Role.PRODUCER, Set.of()), "admin"));
            assertTrue(none.getMessage().contains("at least one organisation"), none.getMessage());
            CatalogException relative = assertThrows(CatalogException.class,
                    () -> accounts.add(new User("relative", Role.CURATOR, Set.of("producer/atih")), "admin"));
            assertTrue(relative.getMessage().contains("producer/atih"), relative.getMessage());
            accounts.add(new User("editor", Role.PRODUCER, Set.of(ORG)), "admin");
            assertThrows(CatalogException.class, () -> accounts.grant(new User("editor", Role.PRODUCER, Set.of()), "admin"));
            assertEquals(Set.of(ORG), accounts.find("editor").orElseThrow().organisations(), "a refused grant changes nothing");
            assertEquals(java.util.List.of("editor"), accounts.list().stream().map(User::name).toList());
        }
    }

    @Test
    void userNamesAndRolesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new User("../etc", Role.READER, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new User("Robert'); DROP", Role.READER, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> Role.named("superuser"));
        assertEquals(Role.CURATOR, Role.named(" Curator "));
    }

    private Catalog open() {
        return Catalog.open(CatalogConfig.onDisk(dir, "http://test.example/"), ReferenceLookup.NONE);
    }
}

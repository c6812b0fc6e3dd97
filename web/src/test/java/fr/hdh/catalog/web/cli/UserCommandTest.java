package fr.hdh.catalog.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.core.record.AuditEntry;
import fr.hdh.catalog.web.sys.CatalogOpener;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hdh user} as an administrator runs it with the server stopped: the token printed is the only
 * line of standard output and authenticates its user when the catalogue is opened again; revoking ends
 * that; every change is audited as {@code cli}; refused input exits 1 with a message that says why.
 */
class UserCommandTest {
    static final String ATIH = "http://test.example/producer/atih";

    @TempDir
    Path dir;

    @Test
    void aTokenPrintedByAddAuthenticatesUntilRevoked() {
        CliRuns.Run added = user("add", "atih-editor", "--role", "producer", "--organisation", ATIH);
        assertEquals(0, added.exit(), added.err());
        String token = added.out().strip();
        assertTrue(token.startsWith("hdh_") && !token.contains("\n"), "the token alone on standard output: " + added.out());
        assertTrue(added.err().contains("shown only now"), added.err());
        assertEquals(Optional.of(new User("atih-editor", Role.PRODUCER, Set.of(ATIH))), authenticate(token));

        CliRuns.Run revoked = user("revoke", "atih-editor");
        assertEquals(0, revoked.exit(), revoked.err());
        assertEquals(Optional.empty(), authenticate(token), "a revoked token authenticates no one");

        CliRuns.Run issued = user("token", "atih-editor");
        assertEquals(0, issued.exit(), issued.err());
        String second = issued.out().strip();
        assertFalse(second.equals(token));
        assertEquals("atih-editor", authenticate(second).orElseThrow().name());
        assertEquals(Optional.empty(), authenticate(token), "a new token does not bring the revoked one back");

        try (Catalog catalog = open()) {
            List<AuditEntry> audit = catalog.workspace().audit(0, 10);
            assertEquals(List.of("token-issue", "token-revoke", "user-add"), audit.stream().map(AuditEntry::action).toList());
            assertTrue(audit.stream().allMatch(e -> e.actor().equals("cli") && e.subject().equals("atih-editor")),
                    audit.toString());
        }
    }

    @Test
    void grantChangesRoleAndOrganisationsAndListShowsThem() {
        assertEquals(0, user("add", "atih-editor", "--role", "producer", "--organisation", ATIH).exit());
        String token = user("add", "reviewer", "--role", "reader").out().strip();
        CliRuns.Run granted = user("grant", "reviewer", "--role", "Curator");
        assertEquals(0, granted.exit(), granted.err());
        assertEquals(Role.CURATOR, authenticate(token).orElseThrow().role(), "the token carries the new role");

        CliRuns.Run list = user("list");
        assertEquals(0, list.exit(), list.err());
        assertEquals(List.of("atih-editor\tproducer\t" + ATIH, "reviewer\tcurator"), list.out().lines().toList());
        assertFalse(list.out().contains("hdh_"), "no token is listed");
    }

    @Test
    void aBadRoleExitsOneNamingTheChoicesAndAddsNoOne() {
        CliRuns.Run run = user("add", "someone", "--role", "superuser");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("'superuser': admin, curator, producer or reader"), run.err());
        assertEquals("", run.out());
        assertEquals(List.of("no user yet; add one with: hdh user add NAME --role ROLE"), user("list").out().lines().toList());
    }

    @Test
    void anUnknownUserExitsOne() {
        for (String command : List.of("token", "revoke")) {
            CliRuns.Run run = user(command, "nobody");
            assertEquals(1, run.exit(), command);
            assertTrue(run.err().contains("No user 'nobody'"), command + ": " + run.err());
            assertEquals("", run.out(), command + " prints no token");
        }
        CliRuns.Run grant = user("grant", "nobody", "--role", "admin");
        assertEquals(1, grant.exit());
        assertTrue(grant.err().contains("No user 'nobody'"), grant.err());
    }

    @Test
    void refusedInputExitsOneWithAPlainMessage() {
        CliRuns.Run noOrganisation = user("add", "lonely", "--role", "producer");
        assertEquals(1, noOrganisation.exit());
        assertTrue(noOrganisation.err().contains("at least one organisation"), noOrganisation.err());
        CliRuns.Run badName = user("add", "Robert'); DROP", "--role", "reader");
        assertEquals(1, badName.exit());
        assertTrue(badName.err().contains("A user name is"), badName.err());
        assertEquals(0, user("add", "alice", "--role", "admin").exit());
        CliRuns.Run taken = user("add", "alice", "--role", "reader");
        assertEquals(1, taken.exit());
        assertTrue(taken.err().contains("'alice' is taken"), taken.err());
        assertEquals("", taken.out());
    }

    private CliRuns.Run user(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "user";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = dir.resolve("store").toString();
        return CliRuns.run(all);
    }

    private Optional<User> authenticate(String token) {
        try (Catalog catalog = open()) {
            return catalog.accounts().authenticate(token);
        }
    }

    private Catalog open() {
        return CatalogOpener.open(dir.resolve("store"), Optional.empty(), 8080, Catalog.SearchCheck.DEFERRED);
    }
}

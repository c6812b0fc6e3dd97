package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.account.Accounts;
import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.core.account.User;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code hdh user}: users and their API tokens while the server is stopped (TDB2 lets one process open a
 * store; while the server runs, {@code /api/users} does the same). A token is printed once, alone on
 * standard output so a script can keep it, and stored only as its hash. Every change is in the audit
 * log with the actor {@value #ACTOR}. The search index is not touched.
 *
 * <pre>
 * hdh user add cnam-editor --role producer --organisation https://catalogue.example/producer/cnam --data data
 * hdh user grant cnam-editor --role curator --data data
 * hdh user token cnam-editor --data data
 * hdh user revoke cnam-editor --data data
 * hdh user list --data data
 * </pre>
 */
@Command(name = "user", description = "Manage users and their API tokens (while the server is stopped).",
        scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class UserCommand implements Runnable {
    /** Who the audit log says made the change. */
    static final String ACTOR = "cli";
    private static final String NAME = "The user's name: 1-64 lower-case letters, digits, '.', '_' or '-'.";

    @Spec
    CommandSpec spec;

    /** What {@code add} and {@code grant} give a user. */
    static final class Grant {
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "admin, curator, producer or reader.")
        String role;

        @Option(names = "--organisation", paramLabel = "IRI",
                description = "IRI of an organisation record the user writes for (repeatable; a producer needs one).")
        List<String> organisations = new ArrayList<>();

        /** The user {@code name} with this role and these organisations; a bad name or role is refused input. */
        User user(String name) {
            try {
                return new User(name, Role.named(role), new HashSet<>(organisations));
            } catch (IllegalArgumentException e) {
                throw new CatalogException(e.getMessage(), e);
            }
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "Add a user and print its first token (shown only this once).")
    int add(@Mixin StoreOptions store, @Parameters(paramLabel = "NAME", description = NAME) String name, @Mixin Grant grant) {
        User user = grant.user(name);
        try (Catalog catalog = store.open(Catalog.SearchCheck.DEFERRED)) {
            Accounts.Issued issued = catalog.accounts().add(user, ACTOR);
            note("user " + user.name() + " added as " + describe(user) + "; its token, shown only now:");
            printToken(issued.token());
        }
        return 0;
    }

    @Command(name = "grant", description = "Give a user a role and organisations (replacing those it had).")
    int grant(@Mixin StoreOptions store, @Parameters(paramLabel = "NAME", description = NAME) String name, @Mixin Grant grant) {
        User user = grant.user(name);
        try (Catalog catalog = store.open(Catalog.SearchCheck.DEFERRED)) {
            catalog.accounts().grant(user, ACTOR);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("user " + user.name() + " is now " + describe(user));
        out.flush();
        return 0;
    }

    @Command(name = "token", description = "Issue another token for a user and print it (shown only this once).")
    int token(@Mixin StoreOptions store, @Parameters(paramLabel = "NAME", description = NAME) String name) {
        try (Catalog catalog = store.open(Catalog.SearchCheck.DEFERRED)) {
            String token = catalog.accounts().issueToken(name, ACTOR);
            note("a new token for " + name + " (its other tokens still work), shown only now:");
            printToken(token);
        }
        return 0;
    }

    @Command(name = "revoke", description = "Revoke every token of a user.")
    int revoke(@Mixin StoreOptions store, @Parameters(paramLabel = "NAME", description = NAME) String name) {
        try (Catalog catalog = store.open(Catalog.SearchCheck.DEFERRED)) {
            catalog.accounts().revokeTokens(name, ACTOR);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("every token of " + name + " revoked");
        out.flush();
        return 0;
    }

    @Command(name = "list", description = "List the users: name, role, organisations (tokens are never shown again).")
    int list(@Mixin StoreOptions store) {
        List<User> users;
        try (Catalog catalog = store.open(Catalog.SearchCheck.DEFERRED)) {
            users = catalog.accounts().list();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (users.isEmpty()) {
            out.println("no user yet; add one with: hdh user add NAME --role ROLE");
        }
        for (User user : users) {
            String organisations = String.join(" ", user.organisations().stream().sorted().toList());
            out.println(user.name() + "\t" + user.role().key() + (organisations.isEmpty() ? "" : "\t" + organisations));
        }
        out.flush();
        return 0;
    }

    private static String describe(User user) {
        return user.role().key() + (user.organisations().isEmpty() ? ""
                : " for " + String.join(", ", user.organisations().stream().sorted().toList()));
    }

    /** A word for the person at the terminal, on standard error so standard output holds the token alone. */
    private void note(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message);
        err.flush();
    }

    private void printToken(String token) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(token);
        out.flush();
    }
}

package fr.hdh.catalog.core.account;

import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.record.Workspace;
import fr.hdh.catalog.core.record.WorkspaceTerms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The users of the catalogue and their API tokens, kept in the private {@link Workspace} (never served).
 * A token is shown once, when issued, and stored only as its HMAC under the workspace's key; revoking
 * it removes that hash. Every change is logged in the audit log. Authentication here is by token; the
 * seam for OpenID Connect is {@link #authenticate}: another authenticator would map its identity to a
 * {@link User} the same way.
 *
 * <pre>
 * Accounts.Issued issued = accounts.add(new User("cnam-editor", Role.PRODUCER, Set.of(org)), "admin");
 * accounts.authenticate(issued.token());   // Optional[User cnam-editor]
 * </pre>
 */
public final class Accounts {
    private final Workspace workspace;

    /** Makes the workspace's token key if it has none yet. */
    public Accounts(Workspace workspace) {
        this.workspace = workspace;
        hasher();
    }

    /** Hashes under the workspace's key as it is now (a restore brings the key of the backup). */
    private TokenHasher hasher() {
        return new TokenHasher(workspace.tokenKey(TokenHasher::newSecret));
    }

    /** A user and the token just issued for it (the only time the token is seen). */
    public record Issued(User user, String token) {}

    /** A user not known here. */
    public static final class UnknownUserException extends CatalogException {
        public UnknownUserException(String name) {
            super("No user '" + name + "'");
        }
    }

    /**
     * Adds {@code user} with a first token; throws when the name is taken, or when a producer names no
     * organisation or an organisation is not an absolute http(s) IRI.
     */
    public Issued add(User user, String actor) {
        if (user.name().equals(User.ADMINISTRATOR.name())) {
            throw new CatalogException("The user name '" + user.name() + "' is the server's administrator's: choose another");
        }
        requireOrganisations(user);
        String token = TokenHasher.newToken();
        workspace.changeUsers(users -> {
            if (users.contains(WorkspaceTerms.user(user.name()), RDF.type.asNode(), WorkspaceTerms.USER)) {
                throw new CatalogException("The user name '" + user.name() + "' is taken");
            }
            Graph next = copy(users);
            write(next, user);
            next.add(WorkspaceTerms.user(user.name()), WorkspaceTerms.TOKEN_HASH, NodeFactory.createLiteralString(hasher().hash(token)));
            return next;
        }, actor, "user-add", user.name());
        return new Issued(user, token);
    }

    /** Gives {@code name} the role and organisations of {@code user}, checked as {@link #add} checks them. */
    public void grant(User user, String actor) {
        requireOrganisations(user);
        workspace.changeUsers(users -> {
            requireKnown(users, user.name());
            Graph next = copy(users);
            Node u = WorkspaceTerms.user(user.name());
            next.find(u, WorkspaceTerms.ROLE, Node.ANY).toList().forEach(next::delete);
            next.find(u, WorkspaceTerms.ORGANISATION, Node.ANY).toList().forEach(next::delete);
            write(next, user);
            return next;
        }, actor, "user-grant", user.name());
    }

    /** A new token for {@code name}, beside its others. */
    public String issueToken(String name, String actor) {
        String token = TokenHasher.newToken();
        workspace.changeUsers(users -> {
            requireKnown(users, name);
            Graph next = copy(users);
            next.add(WorkspaceTerms.user(name), WorkspaceTerms.TOKEN_HASH, NodeFactory.createLiteralString(hasher().hash(token)));
            return next;
        }, actor, "token-issue", name);
        return token;
    }

    /** Revokes every token of {@code name}: none of them authenticates any more. */
    public void revokeTokens(String name, String actor) {
        workspace.changeUsers(users -> {
            requireKnown(users, name);
            Graph next = copy(users);
            next.find(WorkspaceTerms.user(name), WorkspaceTerms.TOKEN_HASH, Node.ANY).toList().forEach(next::delete);
            return next;
        }, actor, "token-revoke", name);
    }

    /** The user whose token this is, if any. */
    public Optional<User> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Node hash = NodeFactory.createLiteralString(hasher().hash(token.trim()));
        return workspace.read(() -> {
            Graph users = workspace.users();
            return users.find(Node.ANY, WorkspaceTerms.TOKEN_HASH, hash).nextOptional()
                    .map(t -> read(users, t.getSubject()));
        });
    }

    /** Every user, by name. */
    public List<User> list() {
        return workspace.read(() -> {
            Graph users = workspace.users();
            List<User> all = new ArrayList<>();
            users.find(Node.ANY, RDF.type.asNode(), WorkspaceTerms.USER).forEachRemaining(t -> all.add(read(users, t.getSubject())));
            all.sort(Comparator.comparing(User::name));
            return all;
        });
    }

    /** The user named {@code name}. */
    public Optional<User> find(String name) {
        return list().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /** A producer writes only for its organisations, so it needs one; each is the IRI of an organisation record. */
    private static void requireOrganisations(User user) {
        if (user.role() == Role.PRODUCER && user.organisations().isEmpty()) {
            throw new CatalogException("A producer writes for at least one organisation: give the IRI of its "
                    + "organisation record");
        }
        for (String organisation : user.organisations()) {
            if (!absoluteHttpIri(organisation)) {
                throw new CatalogException("An organisation is named by the absolute http(s) IRI of its record, not: "
                        + organisation);
            }
        }
    }

    private static boolean absoluteHttpIri(String iri) {
        try {
            IRIx parsed = IRIx.create(iri);
            return parsed.isAbsolute() && ("http".equals(parsed.scheme()) || "https".equals(parsed.scheme()));
        } catch (IRIException e) {
            return false;
        }
    }

    private static void requireKnown(Graph users, String name) {
        if (!users.contains(WorkspaceTerms.user(name), RDF.type.asNode(), WorkspaceTerms.USER)) {
            throw new UnknownUserException(name);
        }
    }

    private static void write(Graph g, User user) {
        Node u = WorkspaceTerms.user(user.name());
        g.add(u, RDF.type.asNode(), WorkspaceTerms.USER);
        g.add(u, WorkspaceTerms.ROLE, NodeFactory.createLiteralString(user.role().key()));
        user.organisations().forEach(o -> g.add(u, WorkspaceTerms.ORGANISATION, NodeFactory.createURI(o)));
    }

    private static User read(Graph users, Node u) {
        String name = u.getURI().substring(u.getURI().lastIndexOf(':') + 1);
        Role role = Role.named(users.find(u, WorkspaceTerms.ROLE, Node.ANY).next().getObject().getLiteralLexicalForm());
        Set<String> orgs = new HashSet<>();
        users.find(u, WorkspaceTerms.ORGANISATION, Node.ANY).forEachRemaining(t -> orgs.add(t.getObject().getURI()));
        return new User(name, role, orgs);
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }
}

package fr.hdh.catalog.web.account;

import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.web.api.Problems;
import jakarta.ws.rs.core.Response;

/**
 * Who may write what curators write (mapping sets, vocabularies): the administrator (admin token) or a user whose
 * role is curator or admin.
 */
public final class Curators {
    private final Authenticator authenticator;

    public Curators(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /**
     * The caller, who must curate; 401 without a valid token, 403 for another role, saying what curators do
     * ({@code "mappings are written"}).
     */
    public User curator(String authorization, String whatCuratorsDo) {
        User caller = authenticator.caller(authorization);
        if (!caller.role().curates()) {
            throw Problems.exception(Response.Status.FORBIDDEN, caller.name() + " is not a curator: " + whatCuratorsDo
                    + " by curators and administrators");
        }
        return caller;
    }
}

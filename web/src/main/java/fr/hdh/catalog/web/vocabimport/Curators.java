package fr.hdh.catalog.web.vocabimport;

import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.web.account.Authenticator;
import fr.hdh.catalog.web.api.Problems;
import jakarta.ws.rs.core.Response;

/** Who may load vocabularies: the administrator (admin token) or a user whose role is curator or admin. */
final class Curators {
    private final Authenticator authenticator;

    Curators(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** The caller, who must curate; 401 without a valid token, 403 for another role. */
    User curator(String authorization) {
        User caller = authenticator.caller(authorization);
        if (!caller.role().curates()) {
            throw Problems.exception(Response.Status.FORBIDDEN, caller.name() + " is not a curator: vocabularies are "
                    + "loaded by curators and administrators");
        }
        return caller;
    }
}

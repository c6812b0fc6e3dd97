package fr.hdh.catalog.web.usage;

import fr.hdh.catalog.core.AccessDeniedException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.core.account.User;
import fr.hdh.catalog.web.account.Authenticator;

/**
 * Who may write usage records: the register of projects is the hub's (curators and the admin); a
 * publication may be added by any user but a reader. A missing or unknown token is a 401, a role that may
 * not a 403.
 */
final class UsageAccess {
    private final Authenticator authenticator;

    UsageAccess(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** The caller, who must curate; the source its writes are recorded under. */
    RecordSource projectWriter(String authorization) {
        User caller = authenticator.caller(authorization);
        if (!caller.role().curates()) {
            throw new AccessDeniedException(caller.name() + " may not change the register of projects: "
                    + "a curator or an administrator does");
        }
        return new RecordSource("api:projects", caller.name());
    }

    /** The caller, who must not be a reader; the source its writes are recorded under. */
    RecordSource publicationWriter(String authorization) {
        User caller = authenticator.caller(authorization);
        if (caller.role() == Role.READER) {
            throw new AccessDeniedException(caller.name() + " is a reader and may not add publications");
        }
        return new RecordSource("api:publications", caller.name());
    }
}

package fr.hdh.catalog.sparql.federation;

import org.apache.jena.query.QueryCancelledException;

/**
 * A {@code SERVICE} call refused at run time. It is a cancellation so that nothing inside the query
 * can swallow it: Jena turns any other exception raised inside a {@code FILTER} (an {@code EXISTS}
 * holding the call) into a failed filter and the query would answer 200 without the refused rows.
 * The public endpoint answers it with a 400 carrying the message.
 */
public final class ServiceRefusedException extends QueryCancelledException {
    private final String message;

    ServiceRefusedException(String message) {
        this.message = message;
    }

    @Override
    public String getMessage() {
        return message;
    }
}

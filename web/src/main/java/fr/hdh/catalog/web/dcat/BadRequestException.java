package fr.hdh.catalog.web.dcat;

/** A request parameter that cannot be used; answered 400 with this message. */
final class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
        super(message);
    }
}

package fr.hdh.catalog.web.dcat;

import java.util.Arrays;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Chooses the representation: {@code ?format=} when given (an unknown name is a 400), else the best
 * match of {@code Accept} (none is a 406), else Turtle.
 */
final class Negotiation {
    private static final AcceptList OFFERED = AcceptList.create(
            Arrays.stream(RdfVariant.values()).flatMap(v -> v.mediaTypes().stream()).toArray(String[]::new));

    private Negotiation() {}

    static RdfVariant choose(String formatParam, String acceptHeader) {
        if (formatParam != null) {
            return RdfVariant.ofFormatName(formatParam).orElseThrow(() -> new BadRequestException(
                    "Unknown format '" + formatParam + "'. Supported: " + RdfVariant.supported() + "."));
        }
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return RdfVariant.TURTLE;
        }
        MediaType match;
        try {
            match = AcceptList.match(new AcceptList(acceptHeader), OFFERED);
        } catch (RuntimeException malformed) {
            match = null;
        }
        if (match == null) {
            throw new NotAcceptableException("Not acceptable: '" + acceptHeader + "'. Supported: "
                    + RdfVariant.supported() + ".");
        }
        return RdfVariant.ofMediaType(match.getContentTypeStr()).orElse(RdfVariant.TURTLE);
    }

    /** Whether the client's {@code Accept} alone chooses the HTML page (a browser): its errors are pages too. */
    static boolean prefersHtml(String acceptHeader) {
        try {
            return choose(null, acceptHeader) == RdfVariant.HTML;
        } catch (RuntimeException notAcceptable) {
            return false;
        }
    }

    /** No representation matches the client's {@code Accept}; answered 406 with this message. */
    static final class NotAcceptableException extends RuntimeException {
        NotAcceptableException(String message) {
            super(message);
        }
    }
}

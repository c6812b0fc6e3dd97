package fr.hdh.catalog.web.usage;

import fr.hdh.catalog.harvest.usage.UsageFiles;
import fr.hdh.catalog.web.api.Problems;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A usage request's body: its format from the Content-Type, its text as UTF-8 (anything else refused). */
final class Bodies {
    private Bodies() {}

    static UsageFiles.Format format(String contentType, String accepted) {
        return UsageFiles.Format.ofMediaType(contentType).orElseThrow(() -> Problems.exception(
                Response.Status.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + (contentType == null ? "(none)" : "'" + contentType + "'")
                        + " is not read here; send " + accepted));
    }

    static String text(InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw Problems.exception(Response.Status.BAD_REQUEST, "The body is not UTF-8 text");
        }
    }
}

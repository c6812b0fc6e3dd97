package fr.hdh.catalog.core.net;

import fr.hdh.catalog.core.net.Fetcher.FetchException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.zip.GZIPInputStream;

/**
 * Reads a response body up to a cap, undoing gzip first, so neither a huge nor a zip-bomb body gets
 * in, and stops at the response's deadline even when the server keeps sending.
 */
final class BoundedBody {
    private BoundedBody() {}

    static byte[] read(URI uri, InputStream raw, boolean gzip, long maxBytes, long deadlineNanos) throws IOException {
        try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new FetchException(uri + ": the response is larger than the cap of " + maxBytes + " bytes", null);
                }
                if (System.nanoTime() - deadlineNanos > 0) {
                    throw new FetchException(uri + ": the response did not end before its deadline", null);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}

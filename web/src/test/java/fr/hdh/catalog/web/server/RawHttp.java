package fr.hdh.catalog.web.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An HTTP/1.1 request written by hand on a socket, for what {@code HttpClient} does not do: declare a
 * body and send only part of it, or none. An answer that comes anyway proves the server did not wait
 * for the body; and nothing unsent is left for the server's close to reset before the answer is read.
 *
 * <pre>
 * RawHttp.Answer a = RawHttp.exchange(port, "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n", new byte[0]);
 * </pre>
 */
public final class RawHttp {
    private RawHttp() {}

    /** The status and the text of an answer. */
    public record Answer(int status, String head, String body) {}

    /** Writes {@code head} (request line, headers, blank line) and {@code body}, then reads the answer (20 s at most). */
    public static Answer exchange(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String answerHead = readHead(in);
            int status = Integer.parseInt(answerHead.substring(9, 12));
            return new Answer(status, answerHead, new String(readBody(in, answerHead), StandardCharsets.UTF_8));
        }
    }

    /** {@code data} as one chunk of a chunked body (without the last, empty chunk). */
    public static byte[] chunk(byte[] data) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(data.length + 16);
        b.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(data);
        b.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return b.toByteArray();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("The server closed the connection before answering: " + head);
            }
            head.write(c);
            matched = c == end[matched] ? matched + 1 : (c == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] readBody(InputStream in, String head) throws IOException {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return in.readNBytes(Integer.parseInt(line.substring(15).trim()));
            }
        }
        return new byte[0];
    }
}

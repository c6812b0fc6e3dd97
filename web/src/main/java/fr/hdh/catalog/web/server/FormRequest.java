package fr.hdh.catalog.web.server;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form body of unknown length, read whole by {@link RequestBodyLimit} through its count, with its
 * fields parsed here: Jetty would parse a form itself from the connection, past any count. The
 * parameters are those of the query string, then those of the body, as the Servlet specification
 * orders them; the body can still be read as a stream.
 */
final class FormRequest extends HttpServletRequestWrapper {
    private final byte[] body;
    private final Map<String, String[]> parameters;

    /** @throws IllegalArgumentException when the query string or the body is not URL-encoded */
    FormRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
        String encoding = request.getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        decode(request.getQueryString(), StandardCharsets.UTF_8, fields);
        decode(new String(body, StandardCharsets.ISO_8859_1), charset, fields);
        Map<String, String[]> all = new LinkedHashMap<>();
        fields.forEach((name, values) -> all.put(name, values.toArray(String[]::new)));
        this.parameters = Collections.unmodifiableMap(all);
    }

    /** {@code text} holds URL-encoded bytes, one char each (ISO-8859-1), decoded in {@code charset}. */
    private static void decode(String text, Charset charset, Map<String, List<String>> into) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            into.computeIfAbsent(decoded(name, charset), n -> new ArrayList<>()).add(decoded(value, charset));
        }
    }

    private static String decoded(String encoded, Charset charset) {
        // The bytes were read as ISO-8859-1 so that URLDecoder sees them one per char; re-read them in the charset.
        String bytesAsText = URLDecoder.decode(encoded, StandardCharsets.ISO_8859_1);
        return new String(bytesAsText.getBytes(StandardCharsets.ISO_8859_1), charset);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("A form body read whole is read blocking");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
}

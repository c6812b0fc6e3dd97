package fr.hdh.catalog.web.server;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.BooleanSupplier;

/**
 * A response that goes silent once the request's body has been refused: whatever the endpoint then
 * answers to the failed read (a 400 for a "malformed" body, a 500) is dropped, so the 413 that
 * {@link RequestBodyLimit} writes afterwards is the answer. Until then everything passes through.
 */
final class HeldResponse extends HttpServletResponseWrapper {
    private final BooleanSupplier refused;
    private ServletOutputStream stream;
    private PrintWriter writer;

    HeldResponse(HttpServletResponse response, BooleanSupplier refused) {
        super(response);
        this.refused = refused;
    }

    @Override
    public void setStatus(int status) {
        if (!refused.getAsBoolean()) {
            super.setStatus(status);
        }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        if (!refused.getAsBoolean()) {
            super.sendError(status, message);
        }
    }

    @Override
    public void sendError(int status) throws IOException {
        if (!refused.getAsBoolean()) {
            super.sendError(status);
        }
    }

    @Override
    public void setContentType(String type) {
        if (!refused.getAsBoolean()) {
            super.setContentType(type);
        }
    }

    @Override
    public void setContentLength(int length) {
        if (!refused.getAsBoolean()) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!refused.getAsBoolean()) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!refused.getAsBoolean()) {
            super.flushBuffer();
        }
    }

    @Override
    public synchronized ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Held(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public synchronized PrintWriter getWriter() throws IOException {
        if (writer == null) {
            // Over the container's own writer, unbuffered, so the container still flushes what is written.
            writer = new PrintWriter(new HeldWriter(super.getWriter()));
        }
        return writer;
    }

    /** The body's writer, dropping what is written once the request is refused. */
    private final class HeldWriter extends Writer {
        private final PrintWriter out;

        HeldWriter(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            if (!refused.getAsBoolean()) {
                out.write(chars, off, len);
            }
        }

        @Override
        public void flush() {
            if (!refused.getAsBoolean()) {
                out.flush();
            }
        }

        @Override
        public void close() {
            if (!refused.getAsBoolean()) {
                out.close();
            }
        }
    }

    /** The body's stream, dropping what is written once the request is refused. */
    private final class Held extends ServletOutputStream {
        private final ServletOutputStream out;

        Held(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (!refused.getAsBoolean()) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!refused.getAsBoolean()) {
                out.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (!refused.getAsBoolean()) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (!refused.getAsBoolean()) {
                out.close();
            }
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}

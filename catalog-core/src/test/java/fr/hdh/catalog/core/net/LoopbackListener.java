package fr.hdh.catalog.core.net;

import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener on 127.0.0.1 that counts every TCP connection it accepts — the proof that a refused
 * request never reached it — and answers each with a small Turtle document.
 */
public final class LoopbackListener implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    public LoopbackListener() throws IOException {
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        acceptor = new Thread(this::accept, "loopback-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                connections.incrementAndGet();
                answer(client);
            } catch (IOException e) {
                // Closed, or the client went away: keep counting.
            }
        }
    }

    private static void answer(Socket client) throws IOException {
        client.setSoTimeout(2_000);
        BufferedReader head = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
        for (String line = head.readLine(); line != null && !line.isEmpty(); line = head.readLine()) {
            // The request head is read and ignored.
        }
        byte[] body = "<http://x.example/a> <http://x.example/b> \"c\" .\n".getBytes(StandardCharsets.UTF_8);
        OutputStream out = client.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/turtle\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

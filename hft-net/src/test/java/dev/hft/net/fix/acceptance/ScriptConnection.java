package dev.hft.net.fix.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One TCP connection of a script to the acceptor. A reader thread drains the socket eagerly (so that a message the
 * acceptor sends just before it closes is never lost to a reset), cuts it into frames and queues them; end of stream
 * or a socket error marks the connection disconnected. Sends go straight to the socket; a send that fails because
 * the acceptor already closed is recorded and otherwise ignored, as QuickFIX/J's runner does (the script's next
 * {@code E} or {@code eDISCONNECT} decides).
 */
final class ScriptConnection {
    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private final int id;
    private final Transcript transcript;
    private final Socket socket;
    private final OutputStream out;
    private final ReplyFramer framer = new ReplyFramer();
    private final BlockingQueue<ReplyFramer.Frame> frames = new LinkedBlockingQueue<>();
    private final CountDownLatch disconnected = new CountDownLatch(1);
    private final Thread reader;
    private volatile String disconnectCause;

    ScriptConnection(final int id, final InetSocketAddress acceptor, final Transcript transcript) throws IOException {
        this.id = id;
        this.transcript = transcript;
        this.socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(acceptor, CONNECT_TIMEOUT_MS);
        this.out = socket.getOutputStream();
        this.reader = new Thread(this::readLoop, "fix-acceptance-reader-" + id);
        reader.setDaemon(true);
        reader.start();
        transcript.add(id, "connected to " + acceptor + " from port " + socket.getLocalPort());
    }

    /**
     * Sends bytes; a failure is recorded, not thrown.
     *
     * @param message the whole message.
     */
    void send(final byte[] message) {
        transcript.add(id, "-> " + Fix.printable(new String(message, StandardCharsets.ISO_8859_1)));
        try {
            out.write(message);
            out.flush();
        } catch (final IOException e) {
            transcript.add(id, "   send failed (acceptor closed?): " + e);
        }
    }

    /**
     * Waits for the next message the acceptor sends.
     *
     * @param timeoutMs how long to wait.
     * @return the frame, or {@code null} on timeout or when the connection closed with nothing more queued.
     * @throws InterruptedException if interrupted.
     */
    ReplyFramer.Frame poll(final long timeoutMs) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (true) {
            final ReplyFramer.Frame frame = frames.poll();
            if (frame != null) {
                return frame;
            }
            final long left = deadline - System.nanoTime();
            if (left <= 0 || isDisconnected() && frames.isEmpty()) {
                return null;
            }
            final ReplyFramer.Frame next = frames.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)),
                TimeUnit.NANOSECONDS);
            if (next != null) {
                return next;
            }
        }
    }

    /**
     * Waits until the acceptor closes the connection (queued messages are left unread).
     *
     * @param timeoutMs how long to wait.
     * @return whether it closed in time.
     * @throws InterruptedException if interrupted.
     */
    boolean awaitDisconnect(final long timeoutMs) throws InterruptedException {
        return disconnected.await(timeoutMs, TimeUnit.MILLISECONDS);
    }

    boolean isDisconnected() {
        return disconnected.getCount() == 0;
    }

    /** How the connection ended, if it did. */
    String disconnectCause() {
        return disconnectCause;
    }

    /** Bytes received that do not yet form a whole message (for failure messages). */
    String pendingBytes() {
        synchronized (framer) {
            return framer.pending();
        }
    }

    private void readLoop() {
        final byte[] chunk = new byte[8192];
        try {
            final InputStream in = socket.getInputStream();
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                synchronized (framer) {
                    framer.append(chunk, 0, n);
                    for (ReplyFramer.Frame f = framer.next(); f != null; f = framer.next()) {
                        transcript.add(id, "<- " + Fix.printable(f.text())
                            + (f.problem() == null ? "" : "   [MALFORMED: " + f.problem() + "]"));
                        frames.add(f);
                    }
                }
            }
            disconnectCause = "end of stream (acceptor closed the connection)";
        } catch (final IOException e) {
            disconnectCause = socket.isClosed() ? "closed by the harness" : e.toString();
        } finally {
            transcript.add(id, "disconnected: " + disconnectCause);
            disconnected.countDown();
        }
    }

    /**
     * Closes the socket and waits (bounded) for the reader thread to end.
     *
     * @throws InterruptedException if interrupted.
     */
    void close() throws InterruptedException {
        try {
            socket.close();
        } catch (final IOException e) {
            transcript.add(id, "close failed: " + e);
        }
        reader.join(CONNECT_TIMEOUT_MS);
    }
}

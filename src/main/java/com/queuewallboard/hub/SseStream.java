package com.queuewallboard.hub;

import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * One screen's open {@code /v1/stream}: events are queued and written one after another (Jetty
 * allows one pending write per response), without holding a thread while the screen reads. A
 * screen that falls far behind is cut off; it reconnects with its Last-Event-ID and catches up.
 */
final class SseStream implements Consumer<HubEvents.Event> {
    /** Events a screen may fall behind by before it is dropped (each event is a whole snapshot). */
    static final int MAX_BACKLOG = 64;

    private final Response response;
    private final Callback done;
    private final Runnable onClose;
    private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
    private boolean writing;
    private boolean closed;

    SseStream(Response response, Callback done, Runnable onClose) {
        this.response = response;
        this.done = done;
        this.onClose = onClose;
    }

    static ByteBuffer frame(HubEvents.Event e) {
        return ByteBuffer.wrap(("id: " + e.id() + "\ndata: " + e.json() + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void accept(HubEvents.Event event) {
        send(frame(event));
    }

    void comment(String text) {
        send(ByteBuffer.wrap((": " + text + "\n\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** Raw text, e.g. the retry hint at the start. */
    void raw(String text) {
        send(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    private void send(ByteBuffer buffer) {
        boolean tooSlow = false;
        synchronized (this) {
            if (closed) return;
            if (pending.size() >= MAX_BACKLOG) {
                tooSlow = true;
            } else {
                pending.add(buffer);
                if (writing) return;
                writing = true;
            }
        }
        if (tooSlow) fail(new IllegalStateException("screen too slow"));
        else writeNext();
    }

    private void writeNext() {
        ByteBuffer next;
        synchronized (this) {
            next = closed ? null : pending.poll();
            if (next == null) {
                writing = false;
                return;
            }
        }
        response.write(false, next, Callback.from(this::writeNext, this::fail));
    }

    void fail(Throwable cause) {
        synchronized (this) {
            if (closed) return;
            closed = true;
            pending.clear();
        }
        onClose.run();
        done.failed(cause);
    }

    /** The hub stops: end the response normally. */
    void end() {
        synchronized (this) {
            if (closed) return;
            closed = true;
            pending.clear();
        }
        onClose.run();
        done.succeeded();
    }
}

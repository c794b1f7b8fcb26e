package com.queuewallboard.simulator;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * The server end of one notification WebSocket ({@code /channels/{id}}). Public only because
 * Jetty creates the endpoint reflectively and refuses non-public classes; not an API.
 */
public final class ChannelSocket implements Session.Listener.AutoDemanding {

    private static final Logger LOG = Logger.getLogger(ChannelSocket.class.getName());
    static final String PONG = "{\"topicName\":\"channel.metadata\",\"eventBody\":{\"message\":\"pong\"}}";

    private final NotificationChannels.Channel channel;
    private final NotificationChannels owner;
    private volatile Session session;
    /** Real time of the last heartbeat, and when a warned close is due (0 = none). */
    volatile long lastHeartbeatNanos = System.nanoTime();
    volatile long closeDueNanos;

    ChannelSocket(NotificationChannels.Channel channel, NotificationChannels owner) {
        this.channel = channel;
        this.owner = owner;
    }

    NotificationChannels.Channel channel() {
        return channel;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        this.session = session;
        owner.attached(this);
    }

    @Override
    public void onWebSocketText(String message) {
        // the documented client ping is the text {"message":"ping"}; anything else is ignored
        if (message != null && message.replace(" ", "").contains("\"message\":\"ping\"")) {
            send(PONG);
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        owner.detached(this);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.log(Level.FINE, "notification socket failed", cause);
        owner.detached(this);
    }

    boolean isOpen() {
        Session s = session;
        return s != null && s.isOpen();
    }

    /** Queues a text frame; a socket that went away meanwhile is simply skipped. */
    synchronized void send(String text) {
        Session s = session;
        if (s != null && s.isOpen()) {
            s.sendText(text, Callback.NOOP);
        }
    }

    void close(String reason) {
        Session s = session;
        if (s != null && s.isOpen()) {
            s.close(StatusCode.SHUTDOWN, reason, Callback.NOOP); // 1001 "going away"
        }
    }
}

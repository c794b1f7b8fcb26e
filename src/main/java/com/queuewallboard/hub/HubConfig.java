package com.queuewallboard.hub;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a hub listens and protects itself.
 *
 * @param bindHost        address to listen on (127.0.0.1 unless TLS or --insecure-lan)
 * @param port            0 for any free port (tests)
 * @param keystore        PKCS#12 file for https, or null for plain http
 * @param keystorePassword its password, or null
 * @param maxStreams      cap on open event streams (503 beyond it)
 * @param requestsPerSecond steady request rate allowed per client address (429 beyond it)
 * @param burst           requests a client may make at once before the rate applies
 * @param heartbeat       comment lines on idle streams, so proxies and dead peers are noticed
 * @param teamMessage     the administrator's message for every screen, or null
 */
public record HubConfig(String bindHost, int port, Path keystore, char[] keystorePassword, int maxStreams,
                        double requestsPerSecond, int burst, Duration heartbeat, String teamMessage) {

    public static final int DEFAULT_PORT = 8470;
    public static final int DEFAULT_MAX_STREAMS = 500;

    /** Loopback, plain http, any free port: for tests and the benchmark. */
    public static HubConfig loopback() {
        return new HubConfig("127.0.0.1", 0, null, null, DEFAULT_MAX_STREAMS, 20, 40, Duration.ofSeconds(15), null);
    }

    public HubConfig withLimits(int newMaxStreams, double newRate, int newBurst) {
        return new HubConfig(bindHost, port, keystore, keystorePassword, newMaxStreams, newRate, newBurst, heartbeat,
                teamMessage);
    }

    public HubConfig withTeamMessage(String message) {
        return new HubConfig(bindHost, port, keystore, keystorePassword, maxStreams, requestsPerSecond, burst, heartbeat,
                message);
    }

    public HubConfig withPort(int newPort) {
        return new HubConfig(bindHost, newPort, keystore, keystorePassword, maxStreams, requestsPerSecond, burst, heartbeat,
                teamMessage);
    }

    public boolean tls() {
        return keystore != null;
    }
}

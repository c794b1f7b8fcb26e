package com.queuewallboard.simulator;

import java.io.IOException;
import java.util.Map;

/**
 * One HTTP request and its response, as the endpoints need it. Keeps the endpoints free of the
 * server library, so the server stack can change without touching what Genesys' API does.
 */
interface SimExchange {

    String method();

    /** The path, still percent-encoded. */
    String rawPath();

    /** The query string without '?', still encoded; null when there is none. */
    String rawQuery();

    /** The first value of a request header, or null. */
    String header(String name);

    /** The request body, at most {@code limit + 1} bytes (so a caller can tell "too large"). */
    byte[] body(int limit) throws IOException;

    /** Sends the whole response: status, headers, body. Call once. */
    void respond(int status, Map<String, String> headers, byte[] body) throws IOException;
}

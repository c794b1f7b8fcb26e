package com.queuewallboard.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** A {@link SimExchange} over one Jetty 12 request. Blocking: the handler runs on a pool thread. */
final class JettyExchange implements SimExchange {

    private final Request request;
    private final Response response;
    private final Callback callback;
    private boolean responded;

    JettyExchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String rawPath() {
        String path = request.getHttpURI().getPath();
        return path == null ? "/" : path;
    }

    @Override
    public String rawQuery() {
        return request.getHttpURI().getQuery();
    }

    @Override
    public String header(String name) {
        return request.getHeaders().get(name);
    }

    @Override
    public byte[] body(int limit) throws IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            return in.readNBytes(limit + 1);
        }
    }

    @Override
    public void respond(int status, Map<String, String> headers, byte[] body) {
        responded = true;
        response.setStatus(status);
        headers.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put("Content-Length", Integer.toString(body.length));
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Ends an exchange the dispatcher gave up on (it already logged why). */
    void finishIfNeeded() {
        if (!responded) {
            Response.writeError(request, response, callback, 500);
        }
    }
}

package com.queuewallboard.genesys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

import java.net.URI;
import java.util.function.Function;

/**
 * Authenticated JSON calls to the Platform API. A 401 gets exactly one new token and one retry;
 * any other failure becomes a {@link Problem} naming what failed and what to do.
 */
public final class ApiClient {
    private final URI apiBase;
    private final TokenProvider tokens;
    private final GenesysHttp http;
    private final ObjectMapper json;
    private final ErrorMapper errors;

    public ApiClient(URI apiBase, TokenProvider tokens, GenesysHttp http, ObjectMapper json) {
        this.apiBase = apiBase;
        this.tokens = tokens;
        this.http = http;
        this.json = json;
        this.errors = new ErrorMapper(json, http.redactor());
    }

    /** The API host, for the push feed's Notifications API calls. */
    public URI apiBase() { return apiBase; }

    /** The token provider, so the push feed shares the board's token and login. */
    public TokenProvider tokens() { return tokens; }

    /**
     * POSTs {@code body} as JSON and reads the answer as {@code type}.
     *
     * @param what       for messages, e.g. "the queue observations query"
     * @param permission the permission the call needs, named on a 403
     */
    public <T> T post(String path, Object body, Class<T> type, String what, String permission) throws SourceException {
        return post(path, body, bytes -> json.readValue(bytes, type), what, permission);
    }

    /** Reads a successful answer's body. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(byte[] body) throws java.io.IOException;
    }

    /** Like {@link #post(String, Object, Class, String, String)} with a reader of its own (a faster parser). */
    public <T> T post(String path, Object body, BodyReader<T> reader, String what, String permission) throws SourceException {
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException("request body not serialisable", e);
        }
        URI uri = under(apiBase, path);
        return call(token -> {
            HttpPost post = new HttpPost(uri);
            post.setHeader("Authorization", "Bearer " + token);
            post.setHeader("Accept", "application/json");
            post.setEntity(new ByteArrayEntity(payload, ContentType.APPLICATION_JSON));
            return post;
        }, uri, reader, what, permission);
    }

    /**
     * GETs {@code pathAndQuery} under the API base. A server-given link such as {@code nextUri}
     * may be absolute: only its path and query are used, so the token never goes to another host.
     */
    public <T> T get(String pathAndQuery, Class<T> type, String what, String permission) throws SourceException {
        URI uri = under(apiBase, pathAndQuery);
        return call(token -> {
            HttpGet get = new HttpGet(uri);
            get.setHeader("Authorization", "Bearer " + token);
            get.setHeader("Accept", "application/json");
            return get;
        }, uri, bytes -> json.readValue(bytes, type), what, permission);
    }

    /**
     * {@code base} + the path and query of {@code link}. Keeps a path prefix of the base (a proxy
     * at https://host/genesys), drops any scheme and host of the link, and percent-encodes
     * characters a lenient server may leave raw in a link.
     */
    static URI under(URI base, String link) throws SourceException {
        String rest = link.strip().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*", "");
        if (!rest.startsWith("/")) rest = "/" + rest;
        String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        if (!prefix.isEmpty() && rest.startsWith(prefix + "/")) rest = rest.substring(prefix.length());
        String origin = base.getScheme() + "://" + base.getRawAuthority();
        try {
            return new URI(origin + prefix + encodeLoosely(rest));
        } catch (java.net.URISyntaxException e) {
            throw new SourceException(Problem.of(ProblemKind.SERVICE,
                    "Genesys Cloud sent a link the board cannot follow. If it persists, report it with the log file."));
        }
    }

    private static String encodeLoosely(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean allowed = c > 32 && c < 127 && "\"<>\\^`{|} ".indexOf(c) < 0;
            if (allowed) out.append((char) c);
            else out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return out.toString();
    }

    private <T> T call(Function<String, HttpUriRequestBase> request, URI uri, BodyReader<T> reader,
                       String what, String permission) throws SourceException {
        String token = tokens.token();
        HttpReply reply = send(request, token, uri);
        if (reply.status() == 401) {
            tokens.invalidate(token);          // expired or revoked: one fresh login, one retry
            reply = send(request, tokens.token(), uri);
        }
        if (!reply.isSuccess()) throw new SourceException(errors.apiProblem(reply, what, permission));
        try {
            return reader.read(reply.body());
        } catch (Exception e) {
            throw new SourceException(new Problem(ProblemKind.SERVICE,
                    "Genesys Cloud sent an unreadable answer to " + what + ". Check --base-url; if it persists, report the correlation id.",
                    reply.status(), null, reply.correlationId()));
        }
    }

    private HttpReply send(Function<String, HttpUriRequestBase> request, String token, URI uri) throws SourceException {
        return http.send(() -> request.apply(token), uri.getHost());
    }
}

package com.queuewallboard.genesys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;

/** Turns a failed Genesys reply into a {@link Problem} that says what is wrong and what to do. */
final class ErrorMapper {
    private static final int MAX_QUOTED = 200;

    private final ObjectMapper json;
    private final Redactor redactor;

    ErrorMapper(ObjectMapper json, Redactor redactor) {
        this.json = json;
        this.redactor = redactor;
    }

    ErrorBody body(HttpReply reply) {
        try {
            ErrorBody body = json.readValue(reply.body(), ErrorBody.class);
            return body == null ? ErrorBody.EMPTY : body;
        } catch (Exception notJson) {
            return ErrorBody.EMPTY;   // a proxy's HTML page, an empty body...
        }
    }

    /**
     * @param what       what we were doing, e.g. "the queue observations query"
     * @param permission the permission this call needs, named on a 403
     */
    Problem apiProblem(HttpReply reply, String what, String permission) {
        ErrorBody body = body(reply);
        String code = body.bestCode();
        String said = quoted(body.bestMessage());
        int status = reply.status();
        ProblemKind kind;
        String message;
        if (status == 401) {
            kind = ProblemKind.AUTHENTICATION;
            message = "Genesys Cloud refused the access token for " + what + " even after a fresh login" + said
                    + ". Check that the OAuth client is active and belongs to this region's org.";
        } else if (status == 403) {
            kind = ProblemKind.PERMISSION;
            message = "The OAuth client may not use " + what + said + ". Give its role the permission "
                    + permission + " (the Genesys 'wallboard' role has all three the board needs).";
        } else if (status == 404) {
            kind = ProblemKind.NOT_FOUND;
            message = "Genesys Cloud found nothing for " + what + said + ". Check the queue ids and the region.";
        } else if (status == 429) {
            kind = ProblemKind.RATE_LIMITED;
            message = "Genesys Cloud is rate-limiting this OAuth client" + said
                    + ". Wait a minute; if it keeps happening use a longer refresh interval or a separate client per board.";
        } else if (status >= 500) {
            kind = ProblemKind.SERVICE;
            message = "Genesys Cloud had a server error during " + what + said + ". Such errors usually pass; try again shortly.";
        } else if (status == 400 || status == 422) {
            kind = ProblemKind.BAD_REQUEST;
            message = "Genesys Cloud rejected " + what + said + ". Check the queue ids and media types in the settings.";
        } else {
            kind = ProblemKind.SERVICE;
            message = "Unexpected answer (HTTP " + status + ") to " + what + said + ".";
        }
        return new Problem(kind, redactor.clean(message), status, cleanCode(code), reply.correlationId());
    }

    /** A failed token request: wrong id/secret is by far the likeliest cause, so name the settings. */
    Problem loginProblem(HttpReply reply, String loginHost) {
        ErrorBody body = body(reply);
        int status = reply.status();
        String code = body.bestCode();
        if (status == 400 || status == 401 || status == 403) {
            String message = "Login refused by " + loginHost + quoted(body.bestMessage())
                    + ". Check the OAuth client id and secret (GENESYS_CLIENT_ID / GENESYS_CLIENT_SECRET or the settings), "
                    + "that the client uses the Client Credentials grant, and that the region matches its org.";
            return new Problem(ProblemKind.AUTHENTICATION, redactor.clean(message), status, cleanCode(code), reply.correlationId());
        }
        if (status < 500 && status != 429) {
            // 404, 405, a proxy's 302...: this is not a Genesys login endpoint at all
            return new Problem(ProblemKind.CONFIG, "There is no OAuth login at " + loginHost + "/oauth/token (HTTP " + status
                    + "). Check the region, --base-url and --login-url.", status, cleanCode(code), reply.correlationId());
        }
        return apiProblem(reply, "the login (token) request", "(none)");
    }

    private String cleanCode(String code) {
        if (code == null) return null;
        String c = redactor.clean(code).replaceAll("\\s+", " ").strip();
        return c.length() > 80 ? c.substring(0, 80) : c;
    }

    private String quoted(String text) {
        if (text == null || text.isBlank()) return "";
        // redact first: cutting first could leave the start of a secret standing
        String oneLine = redactor.clean(text).replaceAll("\\s+", " ").strip();
        if (oneLine.length() > MAX_QUOTED) oneLine = oneLine.substring(0, MAX_QUOTED) + "…";
        return ": \"" + oneLine + "\"";
    }
}

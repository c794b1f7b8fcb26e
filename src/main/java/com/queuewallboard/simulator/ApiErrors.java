package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Error bodies in the two shapes Genesys uses: the API's and the OAuth login host's. */
final class ApiErrors {

    private ApiErrors() {
    }

    /** {@code {"message","code","status","contextId","details":[],"errors":[]}} */
    static ObjectNode apiBody(int status, String code, String message, String contextId) {
        ObjectNode body = Json.object();
        body.put("message", message);
        body.put("code", code);
        body.put("status", status);
        body.put("contextId", contextId);
        body.putArray("details");
        body.putArray("errors");
        return body;
    }

    /** The 403 for a missing permission also names it in messageWithParams/messageParams. */
    static ObjectNode missingPermission(String permission, String contextId) {
        String message = "You are missing the following permission(s): [" + permission + "]";
        ObjectNode body = apiBody(403, "missing.permissions", message, contextId);
        body.put("messageWithParams", "You are missing the following permission(s): {permissions}");
        body.putObject("messageParams").put("permissions", "[" + permission + "]");
        return body;
    }

    /** OAuth error: {@code {"error":"invalid_client","description":"..."}}. */
    static ObjectNode oauthBody(String error, String description) {
        ObjectNode body = Json.object();
        body.put("error", error);
        body.put("description", description);
        body.put("error_description", description); // RFC 6749 name; harmless extra for lenient clients
        return body;
    }
}

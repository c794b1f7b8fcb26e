package com.queuewallboard.genesys;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The Genesys error body ({@code message, code, status, contextId, ...}) and the OAuth error body
 * ({@code error, description}); whichever fields are there.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ErrorBody(String message, String code, Integer status, String contextId,
                 String error, String description, String error_description) {

    static final ErrorBody EMPTY = new ErrorBody(null, null, null, null, null, null, null);

    String bestMessage() {
        if (message != null && !message.isBlank()) return message;
        if (error_description != null && !error_description.isBlank()) return error_description;
        if (description != null && !description.isBlank()) return description;
        return null;
    }

    String bestCode() {
        return code != null && !code.isBlank() ? code : error;
    }
}

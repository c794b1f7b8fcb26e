package com.queuewallboard.config;

import java.util.List;

/** The Genesys media types a board can count. */
public final class MediaTypes {
    /** In the order --help lists them: the common ones first. */
    public static final List<String> ALL = List.of("voice", "chat", "email", "message", "callback", "cobrowse",
            "video", "screenshare");

    private MediaTypes() {
    }
}

package com.queuewallboard.ui.settings;

import com.queuewallboard.config.Secret;

/** Where the secret the settings dialog starts with came from, and how the dialog says so (never the secret). */
public enum SecretOrigin {
    NONE("client secret", "Stored in a file only you can read."),
    SAVED("saved; leave empty to keep", "A secret is saved; leave empty to keep it."),
    OUTSIDE("set from the environment; leave empty to keep",
            "A secret is set (from the environment/.env, not saved); leave empty to keep it.");

    final String prompt;
    final String hint;

    SecretOrigin(String prompt, String hint) {
        this.prompt = prompt;
        this.hint = hint;
    }

    /**
     * @param current the secret the dialog starts with
     * @param saved   the secret in the settings store; any other came from the environment, .env or a flag
     */
    static SecretOrigin of(Secret current, Secret saved) {
        if (current.isEmpty()) return NONE;
        return current.equals(saved) ? SAVED : OUTSIDE;
    }
}

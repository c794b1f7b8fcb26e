package com.queuewallboard.genesys;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Removes secrets from text that may reach a user or a log: a misbehaving server or proxy could
 * echo our Authorization header in an error body, and that must not show on a wall TV.
 */
public final class Redactor {
    private static final int TOKENS_KEPT = 4;
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final Deque<String> tokens = new ArrayDeque<>();

    /** A value that stays secret for the whole run (the client secret, the Basic credentials). */
    public void add(String secret) {
        if (secret != null && secret.length() >= 4 && !secrets.contains(secret)) secrets.add(secret);
    }

    /** An access token; only the last few are remembered, since older ones are dead anyway. */
    public synchronized void addToken(String token) {
        if (token == null || token.length() < 4 || tokens.contains(token)) return;
        tokens.addLast(token);
        if (tokens.size() > TOKENS_KEPT) tokens.removeFirst();
    }

    public String clean(String text) {
        if (text == null) return null;
        String out = text;
        for (String s : secrets) out = out.replace(s, "****");
        synchronized (this) {
            for (String t : tokens) out = out.replace(t, "****");
        }
        return out;
    }
}

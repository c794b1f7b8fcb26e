package com.queuewallboard.genesys;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes text from a server fit to show: removes terminal controls ({@link TerminalText}) and
 * secrets. A misbehaving server or proxy could echo our Authorization header in an error body,
 * raw, URL-encoded, or cut short, and that must not show on a wall TV. So each secret is hidden in
 * every form we send it in (plain, URL-encoded, Base64 as in the Basic header) and so is any
 * prefix of {@value #MIN_PREFIX} or more characters of those forms.
 */
public final class Redactor {
    /** A cut-off echo this long or longer is hidden; shorter ones say too little to matter. */
    static final int MIN_PREFIX = 8;
    private static final String MASK = "****";
    private static final int TOKENS_KEPT = 4;
    private final CopyOnWriteArrayList<String> secretForms = new CopyOnWriteArrayList<>();
    private final Deque<List<String>> tokenForms = new ArrayDeque<>();
    private final Deque<String> tokens = new ArrayDeque<>();

    /** A value that stays secret for the whole run (the client secret, the Basic credentials). */
    public void add(String secret) {
        if (secret == null || secret.length() < 4) return;
        for (String form : forms(secret)) secretForms.addIfAbsent(form);
    }

    /** The client secret, and the Basic value built from it ({@code base64(id:secret)}). */
    public void addCredentials(String clientId, String secret) {
        add(secret);
        if (secret == null || secret.isEmpty()) return;
        byte[] pair = ((clientId == null ? "" : clientId) + ":" + secret).getBytes(StandardCharsets.UTF_8);
        add(Base64.getEncoder().encodeToString(pair));
        add(Base64.getUrlEncoder().encodeToString(pair));
        add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** An access token; only the last few are remembered, since older ones are dead anyway. */
    public synchronized void addToken(String token) {
        if (token == null || token.length() < 4 || tokens.contains(token)) return;
        tokens.addLast(token);
        tokenForms.addLast(forms(token));
        if (tokens.size() > TOKENS_KEPT) {
            tokens.removeFirst();
            tokenForms.removeFirst();
        }
    }

    /** Text from a server (or built around it), without terminal controls and without secrets. */
    public String clean(String text) {
        if (text == null) return null;
        // controls first: an escape sequence inside an echoed secret must not split it from view
        List<String> forms = new ArrayList<>(secretForms);
        synchronized (this) {
            tokenForms.forEach(forms::addAll);
        }
        return hide(TerminalText.strip(text), forms);
    }

    /** The value as sent: plain, form-encoded, percent-encoded (either hex case). */
    private static List<String> forms(String value) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(value);
        String form = URLEncoder.encode(value, StandardCharsets.UTF_8);
        forms.add(form);
        forms.add(lowerHex(form));
        String percent = form.replace("+", "%20");
        forms.add(percent);
        forms.add(lowerHex(percent));
        return List.copyOf(forms);
    }

    private static String lowerHex(String encoded) {
        StringBuilder sb = new StringBuilder(encoded);
        for (int i = 0; i + 2 < sb.length(); i++) {
            if (sb.charAt(i) == '%') {
                sb.replace(i + 1, i + 3, sb.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    /**
     * Replaces each form, and any prefix of one at least {@link #MIN_PREFIX} long, with the mask.
     * At each place the longest match of all forms wins, so an encoded echo goes whole.
     */
    private static String hide(String text, List<String> forms) {
        if (forms.isEmpty()) return text;
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int best = 0;
            for (String form : forms) {
                int minimum = Math.min(MIN_PREFIX, form.length());   // a short secret only whole
                if (!text.regionMatches(i, form, 0, minimum)) continue;
                int len = minimum;
                while (i + len < n && len < form.length() && text.charAt(i + len) == form.charAt(len)) len++;
                best = Math.max(best, len);
            }
            if (best == 0) {
                i++;
                continue;
            }
            if (out == null) out = new StringBuilder(n);
            out.append(text, copied, i).append(MASK);
            i += best;
            copied = i;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }
}

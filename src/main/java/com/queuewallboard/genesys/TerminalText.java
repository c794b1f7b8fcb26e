package com.queuewallboard.genesys;

/**
 * Makes text from a server safe to print: it may reach a terminal (CLI) or the window, where an
 * escape sequence could recolour, retitle or rewrite the screen, and a bidi override could make
 * a message read differently from what it says. Removes C0 and C1 controls, ESC sequences (CSI
 * {@code ESC [ ... final}, OSC {@code ESC ] ... BEL/ST}, DCS/SOS/PM/APC, two-character escapes),
 * their 8-bit C1 forms, and bidi and invisible formatting characters; line breaks and tabs
 * become spaces, and runs of white space one space.
 */
final class TerminalText {
    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;
    private static final char C1_ST = 0x9c;

    private TerminalText() {
    }

    static String strip(String text) {
        if (text == null) return null;
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ESC) {
                i = skipEscape(text, i + 1);
            } else if (c == 0x9b) {                       // C1 CSI
                i = skipCsi(text, i + 1);
            } else if (c == 0x9d || c == 0x90 || c == 0x98 || c == 0x9e || c == 0x9f) {   // C1 OSC, DCS, SOS, PM, APC
                i = skipString(text, i + 1);
            } else if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b || c == '\u2028' || c == '\u2029') {
                space(out);
                i++;
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || invisible(c)) {
                i++;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space(out);
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().strip();
    }

    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
    }

    /** Bidi embeddings, overrides and isolates, directional marks, zero-width space and BOM. */
    private static boolean invisible(char c) {
        return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f'
                || c == '\u061c' || c == '\u200b' || c == '\ufeff';
    }

    /** {@code at} is just after ESC; returns the index after the whole sequence. */
    private static int skipEscape(String s, int at) {
        if (at >= s.length()) return at;
        char c = s.charAt(at);
        if (c == '[') return skipCsi(s, at + 1);
        if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') return skipString(s, at + 1);
        // ESC, intermediates (0x20-0x2F), one final character
        int i = at;
        while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2f) i++;
        return Math.min(s.length(), i + 1);
    }

    /** Parameters and intermediates up to a final byte 0x40-0x7E (anything else ends it too). */
    private static int skipCsi(String s, int at) {
        int i = at;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c < 0x20 || c > 0x3f) {
                if (c >= 0x20 && c <= 0x2f) continue;      // intermediate bytes
                return c >= 0x40 && c <= 0x7e ? i : i - 1; // a foreign character ends it, and stays for the main loop
            }
        }
        return i;
    }

    /** An OSC/DCS-like string: up to BEL, ST (ESC \) or the 8-bit ST. */
    private static int skipString(String s, int at) {
        int i = at;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == BEL || c == C1_ST) return i;
            if (c == ESC) return i < s.length() && s.charAt(i) == '\\' ? i + 1 : i;
        }
        return i;
    }
}

package com.queuewallboard.genesys;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class RedactorTest {

    @Test
    void theSecretStaysHiddenAndTheNewestTokensToo() {
        Redactor r = new Redactor();
        r.add("the-client-secret");
        for (int i = 1; i <= 6; i++) r.addToken("tok-" + i + "-zzzz");
        assertEquals("**** ****", r.clean("tok-6-zzzz tok-3-zzzz"), "the current token and the last few are hidden");
        assertEquals("tok-2-zzzz", r.clean("tok-2-zzzz"), "long-dead tokens are no longer tracked");
        assertEquals("x **** y", r.clean("x the-client-secret y"), "the secret is never forgotten");
    }

    @Test
    void aCutOffEchoIsHiddenFromEightCharactersOnAndShorterOnesAreNot() {
        Redactor r = new Redactor();
        r.add("abcdefghijklmnop");
        assertEquals("x **** y", r.clean("x abcdefgh y"), "8 characters of it are enough");
        assertEquals("x ****… y", r.clean("x abcdefghijk… y"), "the whole matching part goes");
        assertEquals("x abcdefg y", r.clean("x abcdefg y"), "7 characters say too little to hide");
        assertEquals("abcdefgXhij", r.clean("abcdefgXhij"));
    }

    @Test
    void encodedFormsOfTheCredentialsAreHidden() {
        Redactor r = new Redactor();
        r.addCredentials("id", "se cret/+=é!");
        String basic = Base64.getEncoder().encodeToString("id:se cret/+=é!".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String url = java.net.URLEncoder.encode("se cret/+=é!", java.nio.charset.StandardCharsets.UTF_8);
        for (String leak : new String[]{basic, java.net.URLEncoder.encode(basic, java.nio.charset.StandardCharsets.UTF_8),
                url, url.replace("+", "%20"), url.toLowerCase(), "se cret/+=é!"}) {
            String cleaned = r.clean("<" + leak + ">");
            assertEquals("<****>", cleaned, leak);
        }
    }

    @Test
    void controlsCannotHideASecretFromTheRedactor() {
        Redactor r = new Redactor();
        r.add("the-client-secret");
        assertFalse(r.clean("the-cli\u001b[0ment-secret").contains("client"));
    }

    @Test
    void terminalTextKeepsPrintableTextAndDropsSequences() {
        assertEquals("a b c", TerminalText.strip("a\u001b[1;31m b\u001b[0m\u001b]0;title\u0007 c"));
        assertEquals("left right", TerminalText.strip("left \u202eright\u202c\u2066"));
        assertEquals("x y", TerminalText.strip("x\u009b31m \u009d8;;u\u009cy"));
        assertEquals("one two", TerminalText.strip("one\r\n\ttwo\u0000\u007f"));
        assertEquals("é ü 日本", TerminalText.strip("é ü 日本"), "ordinary non-ASCII text stays");
    }
}

package com.queuewallboard.genesys;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

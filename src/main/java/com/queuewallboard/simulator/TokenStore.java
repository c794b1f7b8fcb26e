package com.queuewallboard.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issued access tokens. Expiry is measured on the options clock (real time, not model time):
 * a test with a mutable clock can step past a short lifetime without sleeping.
 */
final class TokenStore {

    /** What a bearer token turned out to be. */
    enum Check { VALID, UNKNOWN, EXPIRED, REVOKED }

    private record Issued(long expiresAt, long generation) {
    }

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final FaultKnobs knobs;

    TokenStore(Clock clock, FaultKnobs knobs) {
        this.clock = clock;
        this.knobs = knobs;
    }

    /** A new opaque token valid for {@code lifetimeSeconds}. */
    String issue(long lifetimeSeconds) {
        long now = clock.millis();
        issued.values().removeIf(t -> t.expiresAt <= now || t.generation != knobs.revocations());
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.put(token, new Issued(now + lifetimeSeconds * 1000, knobs.revocations()));
        return token;
    }

    Check check(String token) {
        Issued t = issued.get(token);
        if (t == null) {
            return Check.UNKNOWN;
        }
        if (t.generation != knobs.revocations()) {
            return Check.REVOKED;
        }
        return clock.millis() < t.expiresAt ? Check.VALID : Check.EXPIRED;
    }
}

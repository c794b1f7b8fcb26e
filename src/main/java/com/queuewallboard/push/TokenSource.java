package com.queuewallboard.push;

import com.queuewallboard.genesys.TokenProvider;

/** A bearer token for the Notifications API calls (the socket itself carries none). */
public interface TokenSource {

    String token() throws Exception;

    /** The API refused this token (401): drop it, the next {@link #token()} logs in again. */
    void invalidate(String rejected);

    /** The board's own token provider, so push and polling share one token and one login. */
    static TokenSource of(TokenProvider provider) {
        return new TokenSource() {
            @Override
            public String token() throws Exception {
                return provider.token();
            }

            @Override
            public void invalidate(String rejected) {
                provider.invalidate(rejected);
            }
        };
    }
}

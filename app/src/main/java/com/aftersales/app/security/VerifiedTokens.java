package com.aftersales.app.security;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers tokens already verified, until they expire: a client sends the same token with every
 * request, and parsing and checking its signature each time was a tenth of an authenticated
 * request's CPU (JFR, docs/performance.md). Only a token that passed the full check is kept, and
 * only in this node's memory.
 */
class VerifiedTokens implements JwtDecoder {
    private static final int MAX_TOKENS = 10_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Map<String, Jwt> verified = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
            return size() > MAX_TOKENS;
        }
    });

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.get(token);
        if (known != null
                && known.getExpiresAt() != null
                && known.getExpiresAt().isAfter(clock.instant())) {
            return known;
        }
        Jwt checked = verifier.decode(token);
        verified.put(token, checked);
        return checked;
    }
}

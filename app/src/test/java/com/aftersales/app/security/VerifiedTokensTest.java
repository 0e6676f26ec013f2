package com.aftersales.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A token is verified once, reused until it expires, and a bad one is never remembered. */
class VerifiedTokensTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private final AtomicInteger checks = new AtomicInteger();

    private JwtDecoder verifier(Instant expiresAt) {
        return token -> {
            checks.incrementAndGet();
            if (token.startsWith("bad")) {
                throw new BadJwtException("signature does not match");
            }
            return Jwt.withTokenValue(token)
                    .header("alg", "HS256")
                    .subject("clerk")
                    .issuedAt(NOW.minusSeconds(60))
                    .expiresAt(expiresAt)
                    .build();
        };
    }

    @Test
    void aTokenIsCheckedOnceUntilItExpires() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        VerifiedTokens tokens = new VerifiedTokens(verifier(NOW.plus(Duration.ofMinutes(15))), clock);

        Jwt first = tokens.decode("good");
        Jwt again = tokens.decode("good");

        assertThat(again).isSameAs(first);
        assertThat(checks).hasValue(1);
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndABadOneEveryTime() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        VerifiedTokens tokens = new VerifiedTokens(verifier(NOW.minusSeconds(1)), clock);

        tokens.decode("stale");
        tokens.decode("stale");
        assertThatThrownBy(() -> tokens.decode("bad-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("bad-1")).isInstanceOf(BadJwtException.class);

        assertThat(checks).hasValue(4);
    }
}

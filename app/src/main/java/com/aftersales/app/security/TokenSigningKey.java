package com.aftersales.app.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The HMAC key that signs API tokens. An operator may give it ({@code ledger.security.token-signing-key},
 * base64, at least 32 bytes); otherwise the first node to start makes one and keeps it in the database,
 * so every node of a cluster, and the next start, accepts the tokens the others issued.
 */
final class TokenSigningKey {
    static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private TokenSigningKey() {}

    static SecretKey resolve(String configured, JdbcTemplate jdbc, Clock clock) {
        byte[] key = configured == null || configured.isBlank() ? stored(jdbc, clock) : decode(configured);
        return new SecretKeySpec(key, ALGORITHM);
    }

    private static byte[] decode(String configured) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configured.trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("ledger.security.token-signing-key must be base64", notBase64);
        }
        if (key.length < KEY_BYTES) {
            throw new IllegalStateException(
                    "ledger.security.token-signing-key must hold at least " + KEY_BYTES + " bytes");
        }
        return key;
    }

    private static byte[] stored(JdbcTemplate jdbc, Clock clock) {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        // Two nodes starting at once: the first insert wins, both read the winner.
        jdbc.update(
                "insert into api_token_signing_key(id, secret, created_at) values (1, ?, ?) on conflict do nothing",
                fresh,
                Timestamp.from(clock.instant()));
        return jdbc.queryForObject("select secret from api_token_signing_key where id = 1", byte[].class);
    }
}

package com.aftersales.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotency-Key for POSTs: the first answer is stored in the same transaction as the command's
 * events, and a retry gets that answer instead of a second effect. A concurrent retry waits on the
 * key's row until the first commits, then replays its answer; if the first fails, nothing is kept
 * and the retry runs afresh.
 */
@Component
public class IdempotentRequests {
    private static final int MAX_KEY_LENGTH = 128;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    IdempotentRequests(JdbcTemplate jdbc, TransactionTemplate transaction, ObjectMapper objectMapper, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    public ResponseEntity<?> execute(
            String key,
            String userId,
            String requestDescription,
            Object requestBody,
            Supplier<ResponseEntity<?>> action) {
        if (key == null) {
            return transaction.execute(status -> action.get());
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("Idempotency-Key must be 1.." + MAX_KEY_LENGTH + " characters");
        }
        String fingerprint = fingerprint(requestDescription, requestBody);
        return transaction.execute(status -> {
            int claimed = jdbc.update(
                    "insert into idempotent_request(user_id, idempotency_key, fingerprint, created_at)"
                            + " values (?, ?, ?, ?) on conflict do nothing",
                    userId,
                    key,
                    fingerprint,
                    Timestamp.from(clock.instant()));
            if (claimed == 0) {
                return replay(userId, key, fingerprint);
            }
            ResponseEntity<?> response = action.get();
            jdbc.update(
                    "update idempotent_request set status = ?, location = ?, body = ?"
                            + " where user_id = ? and idempotency_key = ?",
                    response.getStatusCode().value(),
                    response.getHeaders().getLocation() == null
                            ? null
                            : response.getHeaders().getLocation().toString(),
                    toJson(response.getBody()),
                    userId,
                    key);
            return response;
        });
    }

    private ResponseEntity<?> replay(String userId, String key, String fingerprint) {
        List<ResponseEntity<?>> stored = jdbc.query(
                "select fingerprint, status, location, body from idempotent_request"
                        + " where user_id = ? and idempotency_key = ?",
                (rs, i) -> {
                    if (!rs.getString("fingerprint").equals(fingerprint)) {
                        throw new IdempotencyKeyReusedException();
                    }
                    ResponseEntity.BodyBuilder builder =
                            ResponseEntity.status(rs.getInt("status")).header("Idempotent-Replayed", "true");
                    String location = rs.getString("location");
                    if (location != null) {
                        builder.location(URI.create(location));
                    }
                    return builder.body(fromJson(rs.getString("body")));
                },
                userId,
                key);
        return stored.get(0);
    }

    private String fingerprint(String requestDescription, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(requestDescription.getBytes(StandardCharsets.UTF_8));
            digest.update(toJson(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode fromJson(String json) {
        try {
            return json == null ? null : objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

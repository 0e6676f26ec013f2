package com.aftersales.app.web;

import com.aftersales.app.security.ActingRoles;
import com.aftersales.app.security.LedgerPrincipal;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Every POST under /api runs in one database transaction: the command's events, its lookup rows,
 * any rows the controller writes (a customer's contact) and, with an {@value #HEADER}, the stored
 * answer — all or nothing. A retry with the same key gets the first answer instead of a second
 * effect (ADR 0005); a concurrent retry waits on the key's row until the first commits. A failed
 * request (4xx/5xx) keeps nothing, so it can be retried, or corrected, under the same key.
 * Controllers know nothing of this.
 */
class IdempotentPosts extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 128;
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final Logger log = LoggerFactory.getLogger(IdempotentPosts.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final List<String> excludedPaths;

    IdempotentPosts(
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            ObjectMapper objectMapper,
            Clock clock,
            List<String> excludedPaths) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.excludedPaths = excludedPaths;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.startsWith("/api/") || excludedPaths.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            problem(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "invalid-fields",
                    HEADER + " must be 1.." + MAX_KEY_LENGTH + " characters",
                    Map.of("field", HEADER, "message", "1.." + MAX_KEY_LENGTH + " characters"));
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "the request body exceeds 1 MiB", null);
            return;
        }
        String userId = userId();
        HttpServletRequest replayable = new BufferedBody(request, body);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        StoredAnswer earlier;
        try {
            earlier = transaction.execute(status -> {
                if (key != null && userId != null && !claim(userId, key, fingerprint(request, body))) {
                    return stored(userId, key, fingerprint(request, body));
                }
                run(chain, replayable, answer);
                if (answer.getStatus() >= 400) {
                    status.setRollbackOnly();
                } else if (key != null && userId != null) {
                    keep(userId, key, answer);
                }
                return null;
            });
        } catch (KeyReused reused) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", reused.getMessage(), null);
            return;
        } catch (TransactionException | DataAccessException commitFailed) {
            log.error("The request's transaction did not commit", commitFailed);
            answer.resetBuffer();
            problem(
                    response,
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "internal-error",
                    "the request could not be completed and nothing was stored; retry",
                    null);
            return;
        }
        if (earlier != null) {
            earlier.writeTo(response);
        } else {
            answer.copyBodyToResponse();
        }
    }

    private boolean claim(String userId, String key, String fingerprint) {
        return jdbc.update(
                        "insert into idempotent_request(user_id, idempotency_key, fingerprint, created_at)"
                                + " values (?, ?, ?, ?) on conflict do nothing",
                        userId,
                        key,
                        fingerprint,
                        Timestamp.from(clock.instant()))
                == 1;
    }

    private void keep(String userId, String key, ContentCachingResponseWrapper answer) {
        jdbc.update(
                "update idempotent_request set status = ?, location = ?, content_type = ?, body = ?"
                        + " where user_id = ? and idempotency_key = ?",
                answer.getStatus(),
                answer.getHeader("Location"),
                answer.getContentType(),
                new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8),
                userId,
                key);
    }

    private StoredAnswer stored(String userId, String key, String fingerprint) {
        return jdbc.queryForObject(
                "select fingerprint, status, location, content_type, body from idempotent_request"
                        + " where user_id = ? and idempotency_key = ?",
                (rs, i) -> {
                    if (!rs.getString("fingerprint").equals(fingerprint)) {
                        throw new KeyReused();
                    }
                    return new StoredAnswer(
                            rs.getInt("status"),
                            rs.getString("location"),
                            rs.getString("content_type"),
                            rs.getString("body"));
                },
                userId,
                key);
    }

    private record StoredAnswer(int status, String location, String contentType, String body) {
        void writeTo(HttpServletResponse response) throws IOException {
            response.setStatus(status);
            response.setHeader(REPLAYED, "true");
            if (location != null) {
                response.setHeader("Location", location);
            }
            if (body != null) {
                response.setContentType(contentType == null ? MediaType.APPLICATION_JSON_VALUE : contentType);
                response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The same key with another request (path, acting role or body): refused, not replayed. */
    private static final class KeyReused extends RuntimeException {
        KeyReused() {
            super("this " + HEADER + " was already used for a different request");
        }
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String actingRole = request.getHeader(ActingRoles.HEADER);
            digest.update((request.getRequestURI() + "\n" + (actingRole == null ? "" : actingRole.trim()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String userId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof LedgerPrincipal principal
                ? principal.userId()
                : null;
    }

    private void problem(
            HttpServletResponse response, HttpStatus status, String type, String detail, Map<String, String> error)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:problem:" + type);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (error != null) {
            problem.put("errors", List.of(error));
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** The request with its body read once, so the fingerprint and the controller both see it. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}

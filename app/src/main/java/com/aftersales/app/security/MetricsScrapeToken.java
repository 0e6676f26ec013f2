package com.aftersales.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The credential of the metrics scraper for {@code GET /actuator/prometheus}: a bearer secret
 * given by {@code ledger.metrics.scrape-token}, compared in constant time. Unset, nobody may
 * scrape. A secret of its own rather than a user's token: a scraper should hold no role in the
 * ledger, and an API token expires within minutes.
 */
final class MetricsScrapeToken implements AuthorizationManager<RequestAuthorizationContext> {
    static final int MIN_LENGTH = 16;
    private static final String BEARER = "Bearer ";

    private final byte[] expected;

    MetricsScrapeToken(String secret) {
        if (secret != null && !secret.isBlank() && secret.length() < MIN_LENGTH) {
            throw new IllegalStateException(
                    "ledger.metrics.scrape-token must have at least " + MIN_LENGTH + " characters");
        }
        this.expected = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    boolean accepts(String authorizationHeader) {
        return expected != null
                && authorizationHeader != null
                && authorizationHeader.startsWith(BEARER)
                && MessageDigest.isEqual(
                        expected, authorizationHeader.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(accepts(context.getRequest().getHeader("Authorization")));
    }
}

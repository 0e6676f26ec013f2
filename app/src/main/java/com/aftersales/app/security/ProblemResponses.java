package com.aftersales.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * problem+json for what the security filters refuse before any controller runs: 401 (with the
 * scheme to use) and 429 for throttled sign-ins.
 */
class ProblemResponses {
    private final ObjectMapper objectMapper;

    ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The token endpoint: sign in with HTTP Basic. */
    AuthenticationEntryPoint basic() {
        return (request, response, failure) ->
                unauthenticated(response, failure, "Basic realm=\"aftersales-ledger\"", "sign in with HTTP Basic");
    }

    /** Every other /api call: present a bearer token. */
    AuthenticationEntryPoint bearer() {
        return (request, response, failure) -> unauthenticated(
                response,
                failure,
                "Bearer realm=\"aftersales-ledger\"",
                "send a bearer token from POST " + TokenController.PATH + " (it may have expired)");
    }

    AuthenticationEntryPoint scraper() {
        return (request, response, failure) -> unauthenticated(
                response,
                failure,
                "Bearer realm=\"aftersales-ledger-metrics\"",
                "send the metrics scrape token (ledger.metrics.scrape-token) as a bearer token");
    }

    void throttled(HttpServletResponse response, LoginThrottledException throttled) throws IOException {
        response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-failures", throttled.getMessage());
    }

    private void unauthenticated(
            HttpServletResponse response, AuthenticationException failure, String challenge, String detail)
            throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            throttled(response, throttled);
            return;
        }
        response.setHeader("WWW-Authenticate", challenge);
        write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", detail);
    }

    private void write(HttpServletResponse response, HttpStatus status, String type, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:problem:" + type);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}

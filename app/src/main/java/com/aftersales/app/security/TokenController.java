package com.aftersales.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one place where an API client's password is checked (HTTP Basic on this endpoint only,
 * rate-limited); every other /api call presents the bearer token it answers.
 */
@RestController
@Tag(name = "Sign-in", description = "bearer tokens for the API")
class TokenController {
    static final String PATH = "/api/auth/token";

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(PATH)
    @SignedInUser
    @SecurityRequirement(name = "basic")
    @Operation(
            summary = "Sign in with HTTP Basic once; answers a short-lived bearer token for every other /api call",
            description = "Send the token as `Authorization: Bearer <accessToken>` until `expiresAt`, then ask"
                    + " again. Failed sign-ins are limited per user and per address (429 with Retry-After).")
    ApiTokens.IssuedToken issue(@AuthenticationPrincipal LedgerPrincipal user) {
        return tokens.issue(user);
    }
}

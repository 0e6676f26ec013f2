package com.aftersales.app.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.crypto.SecretKey;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Short-lived bearer tokens for /api (self-issued JWTs, HMAC-SHA256): the password is checked once,
 * at {@code POST /api/auth/token}, and each later request only verifies a signature. The token
 * carries the roles held when it was issued; a role or password change takes effect when it
 * expires ({@code ledger.security.token-lifetime}, default 15 minutes).
 */
public class ApiTokens {
    static final String ISSUER = "aftersales-ledger";
    private static final String USER_ID = "uid";
    private static final String NAME = "name";
    private static final String ROLES = "roles";
    private static final String ROLE_PREFIX = "ROLE_";

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final Duration lifetime;
    private final Clock clock;

    ApiTokens(SecretKey key, Duration lifetime, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        NimbusJwtDecoder verifier = NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ofSeconds(30));
        expiry.setClock(clock);
        verifier.setJwtValidator(new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(ISSUER)));
        this.decoder = new VerifiedTokens(verifier, clock);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** What the token endpoint answers. */
    public record IssuedToken(
            String accessToken,
            String tokenType,
            long expiresIn,
            Instant expiresAt,
            String userId,
            List<String> roles) {}

    public IssuedToken issue(LedgerPrincipal user) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        List<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .sorted()
                .toList();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user.getUsername())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(USER_ID, user.userId())
                .claim(NAME, user.displayName())
                .claim(ROLES, roles)
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, "Bearer", lifetime.toSeconds(), expiresAt, user.userId(), roles);
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** A verified token becomes the same principal a form login makes. */
    static UsernamePasswordAuthenticationToken authentication(Jwt jwt) {
        List<SimpleGrantedAuthority> authorities = jwt.getClaimAsStringList(ROLES).stream()
                .map(role -> new SimpleGrantedAuthority(ROLE_PREFIX + role))
                .toList();
        LedgerPrincipal principal = new LedgerPrincipal(
                jwt.getClaimAsString(USER_ID), jwt.getSubject(), jwt.getClaimAsString(NAME), "", true, authorities);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }
}

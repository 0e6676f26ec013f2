package com.aftersales.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An API client checks its password once, at the token endpoint; every later call only presents
 * the bearer token, so no request spends its CPU on bcrypt. Failed sign-ins beyond the limit are
 * refused with 429 before any password is checked.
 */
class ApiSignInIntegrationTest extends IntegrationTest {
    @Autowired
    private MeterRegistry meters;

    @Test
    void signingInAnswersAShortLivedBearerTokenThatLaterCallsPresent() {
        Api.Response signedIn = api.signIn(TestUsers.CLERK);

        assertThat(signedIn.status()).as(signedIn.raw().body()).isEqualTo(200);
        assertThat(signedIn.body().get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(signedIn.body().get("expiresIn").asLong()).isEqualTo(900);
        assertThat(signedIn.body().get("userId").asText()).isEqualTo(TestUsers.CLERK_ID);
        assertThat(signedIn.body().get("roles")).hasSize(1);
        assertThat(bearerGet(signedIn.body().get("accessToken").asText(), "/api/tickets?size=1"))
                .isEqualTo(200);
    }

    @Test
    void callsWithATokenCheckNoPassword() {
        assertThat(api.get(TestUsers.CLERK, "/api/tickets?size=1").status()).isEqualTo(200);
        double before = passwordChecks();

        for (int i = 0; i < 20; i++) {
            assertThat(api.get(TestUsers.CLERK, "/api/tickets?size=1").status()).isEqualTo(200);
        }

        assertThat(passwordChecks()).isEqualTo(before);
    }

    @Test
    void httpBasicOnTheApiBeyondTheTokenEndpointIsA401AndChecksNoPassword() throws Exception {
        double before = passwordChecks();
        String basic = Base64.getEncoder()
                .encodeToString((TestUsers.CLERK + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tickets"))
                                .header("Authorization", "Basic " + basic)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(passwordChecks()).isEqualTo(before);
    }

    @Test
    void tamperedTokenIsA401() {
        String token = api.signIn(TestUsers.CLERK).body().get("accessToken").asText();
        String[] parts = token.split("\\.");
        String otherClaims = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"CLERK\"", "\"ADMIN\"")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(bearerGet(parts[0] + "." + otherClaims + "." + parts[2], "/api/tickets"))
                .isEqualTo(401);
    }

    @Test
    void expiredTokenIsA401() {
        Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        ApiTokens issuedAnHourAgo =
                new ApiTokens(TokenSigningKey.resolve(null, jdbc, anHourAgo), Duration.ofMinutes(15), anHourAgo);
        LedgerPrincipal clerk = new LedgerPrincipal(
                TestUsers.CLERK_ID,
                TestUsers.CLERK,
                TestUsers.CLERK,
                "",
                true,
                java.util.List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_CLERK")));

        String stale = issuedAnHourAgo.issue(clerk).accessToken();

        assertThat(bearerGet(stale, "/api/tickets")).isEqualTo(401);
    }

    @Test
    void failedSignInsBeyondTheLimitAre429AndCostNoPasswordCheck() {
        String username = "t-throttled-" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.create(jdbc, "U-" + username, username, "CLERK");
        Api wrongPassword = new Api(port, "not-the-password");
        double before = passwordChecks();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(wrongPassword.signIn(username).status())
                    .as("attempt " + attempt)
                    .isEqualTo(401);
        }
        Api.Response refused = api.signIn(username);

        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asText()).isEqualTo("urn:problem:too-many-sign-in-failures");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(passwordChecks() - before)
                .as("only the five failures checked a password")
                .isEqualTo(5);
    }

    @Test
    void formLoginIsThrottledLikeTheTokenEndpoint() throws Exception {
        String username = "t-form-" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.create(jdbc, "U-" + username, username, "CLERK");
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> failed = formLogin(browser, username, "wrong");
            assertThat(failed.statusCode()).as("attempt " + attempt).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
        double checksBefore = passwordChecks();
        HttpResponse<String> refused = formLogin(browser, username, TestUsers.PASSWORD);

        // A browser is sent back to the sign-in page, which says how long to wait.
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login?throttled="));
        assertThat(passwordChecks() - checksBefore)
                .as("the right password was not even checked")
                .isZero();
    }

    private HttpResponse<String> formLogin(HttpClient browser, String username, String password) throws Exception {
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as(page).isTrue();
        String form = form(Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    private int bearerGet(String token, String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private double passwordChecks() {
        return meters.counter(CountingPasswordEncoder.METRIC).count();
    }
}

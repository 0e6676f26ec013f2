package com.aftersales.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small HTTP client for the API, as a real client uses it: it signs in once per user at
 * {@code POST /api/auth/token} (HTTP Basic) and sends the bearer token with every call. If the
 * sign-in itself is refused (wrong password, throttled), the call answers that refusal.
 */
public class Api {
    public static final String TOKEN_PATH = "/api/auth/token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** Tokens by port, user and password: signing in once per user keeps bcrypt out of the tests' time. */
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private final int port;
    private final String password;
    private final String actingRole;

    /** Signs in with the test users' password. */
    public Api(int port) {
        this(port, TestUsers.PASSWORD);
    }

    public Api(int port, String password) {
        this(port, password, null);
    }

    private Api(int port, String password, String actingRole) {
        this.port = port;
        this.password = password;
        this.actingRole = actingRole;
    }

    /** The same client, naming the role it acts in on every call (X-Acting-Role). */
    public Api actingAs(String role) {
        return new Api(port, password, role);
    }

    public record Response(int status, String contentType, JsonNode body, HttpResponse<String> raw) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private record Token(String value, Instant expiresAt) {}

    public Response get(String user, String path) {
        return get(user, path, Map.of());
    }

    public Response get(String user, String path, Map<String, String> headers) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    public Response post(String user, String path, String json) {
        return post(user, path, json, Map.of());
    }

    public Response post(String user, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(user, request, headers);
    }

    /** A raw body of {@code contentType}, as a receipt or photo upload sends it. */
    public Response postBytes(String user, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(user, request, Map.of());
    }

    /** Signs in at the token endpoint with HTTP Basic, without caching: the raw answer. */
    public Response signIn(String user) {
        String credentials = user + ":" + password;
        return execute(HttpRequest.newBuilder(uri(TOKEN_PATH))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private Response send(String user, HttpRequest.Builder request, Map<String, String> headers) {
        Response response = sendOnce(user, request.copy(), headers);
        if (response.status() == 401 && user != null && TOKENS.remove(port + "/" + user + "/" + password) != null) {
            // A test that moved the application's clock (TestClock) has outlived the cached token.
            return sendOnce(user, request, headers);
        }
        return response;
    }

    private Response sendOnce(String user, HttpRequest.Builder request, Map<String, String> headers) {
        if (user != null) {
            String key = port + "/" + user + "/" + password;
            Token token = TOKENS.get(key);
            if (token == null || token.expiresAt().isBefore(Instant.now().plusSeconds(60))) {
                Response signedIn = signIn(user);
                if (signedIn.status() != 200) {
                    return signedIn;
                }
                token = new Token(
                        signedIn.body().get("accessToken").asText(),
                        Instant.parse(signedIn.body().get("expiresAt").asText()));
                TOKENS.put(key, token);
            }
            request.header("Authorization", "Bearer " + token.value());
        }
        Map<String, String> all = new HashMap<>();
        if (actingRole != null) {
            all.put("X-Acting-Role", actingRole);
        }
        all.putAll(headers);
        all.forEach(request::header);
        return execute(request);
    }

    private static Response execute(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null
                            || body.isBlank()
                            || !body.trim().startsWith("{") && !body.trim().startsWith("[")
                    ? null
                    : JSON.readTree(body);
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    json,
                    response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

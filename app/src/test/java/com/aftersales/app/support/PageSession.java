package com.aftersales.app.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without the browser, for page tests over HTTP: it keeps the session cookie, signs in
 * through the login form, sends the CSRF token of the last page it read with every form it posts,
 * and does not follow redirects (tests look at them). Language: {@code Accept-Language}.
 */
public class PageSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private final int port;
    private final String language;
    private final HttpClient client;
    private String csrf;

    public PageSession(int port, String language) {
        this.port = port;
        this.language = language;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in as a test user ({@link TestUsers#PASSWORD}); for several roles, chooses {@code role}. */
    public static PageSession signedIn(int port, String language, String username, String role) {
        PageSession session = new PageSession(port, language);
        Page login = session.post(
                "/login", Map.of("username", username, "password", TestUsers.PASSWORD), session.get("/login"));
        if (login.status() != 302 || login.location().contains("error")) {
            throw new IllegalStateException(
                    "sign-in of " + username + " failed: " + login.status() + " " + login.location());
        }
        if (role != null) {
            session.chooseRole(role);
        }
        return session;
    }

    public record Page(int status, String body, HttpResponse<String> raw) {
        public String location() {
            return raw.headers().firstValue("Location").orElse("");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Page get(String path) {
        Page page = send(HttpRequest.newBuilder(uri(path)).GET());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    /** Posts a form with the CSRF token of the last page read (as a browser would, from that page). */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrf != null) {
            withToken.putIfAbsent("_csrf", csrf);
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(withToken))));
    }

    /** Posts {@code fields} with the token read from {@code from}. */
    public Page post(String path, Map<String, String> fields, Page from) {
        Matcher token = CSRF.matcher(from.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return post(path, fields);
    }

    /** A file of a multipart form: its field name, file name, media type and bytes. */
    public record FilePart(String field, String fileName, String mediaType, byte[] content) {}

    /** Posts a multipart form (text fields and files) with the CSRF token of the last page read. */
    public Page postMultipart(String path, Map<String, String> fields, List<FilePart> files) {
        String boundary = "----ledger" + System.nanoTime();
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrf != null) {
            withToken.putIfAbsent("_csrf", csrf);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        withToken.forEach((name, value) -> write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        for (FilePart file : files) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
                            + file.fileName() + "\"\r\nContent-Type: " + file.mediaType() + "\r\n\r\n");
            body.writeBytes(file.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts without any CSRF token: what a forged form on another site sends. */
    public Page postWithoutToken(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    public void chooseRole(String role) {
        Page chosen = post("/role", Map.of("role", role, "next", "/"), get("/role"));
        if (chosen.status() != 302) {
            throw new IllegalStateException("choosing " + role + " failed: " + chosen.status());
        }
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(
                    request.header("Accept", "text/html")
                            .header("Accept-Language", language)
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(), response);
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

    private static String encode(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }
}

package com.aftersales.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * X1: receipt files for claims in tests, uploaded over {@code POST /api/receipts} as an engineer
 * does. Each {@link #upload} sends a PDF of its own (the content names a random id), so its hash is
 * new and no other test's line shares it (X5 would flag that).
 */
public final class Receipts {
    private final Api api;

    public Receipts(Api api) {
        this.api = api;
    }

    /** A small PDF whose bytes are unique to this call. */
    public static byte[] uniquePdf() {
        return ("%PDF-1.4\n% receipt " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Uploads a new unique receipt as {@code user}; answers its SHA-256. */
    public String upload(String user) {
        return upload(user, uniquePdf());
    }

    /** Uploads {@code pdf} as {@code user}; answers its SHA-256. */
    public String upload(String user, byte[] pdf) {
        Api.Response uploaded = api.postBytes(user, "/api/receipts?fileName=receipt.pdf", "application/pdf", pdf);
        assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(201);
        return uploaded.body().get("sha256").asText();
    }
}

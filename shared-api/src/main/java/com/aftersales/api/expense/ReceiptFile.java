package com.aftersales.api.expense;

import java.util.Objects;
import java.util.Set;

/**
 * X1, X3: the scanned or electronic receipt of a line, content-addressed: {@code sha256} is the
 * hash of the stored bytes (64 lower-case hex digits), so the same file on two lines is visible
 * (X5). Photos (JPEG, PNG), PDF and OFD (the national e-invoice format).
 */
public record ReceiptFile(String sha256, String mediaType, String fileName, long size) {
    public static final Set<String> MEDIA_TYPES =
            Set.of("image/jpeg", "image/png", "application/pdf", "application/ofd");

    public ReceiptFile {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a receipt is named by the sha-256 of its content, 64 hex digits");
        }
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new IllegalArgumentException("a receipt is a JPEG or PNG photo, a PDF or an OFD file");
        }
        if (size <= 0) {
            throw new IllegalArgumentException("a receipt file is not empty");
        }
    }
}

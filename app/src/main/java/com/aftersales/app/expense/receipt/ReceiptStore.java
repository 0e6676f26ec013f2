package com.aftersales.app.expense.receipt;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.app.web.InvalidFieldException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * X1, X3: receipt files of expense claims (table expense_receipt_file), stored by content: the
 * SHA-256 of the bytes is the key, so an upload repeated stores nothing new and answers the same
 * hash, and the same file on two lines shows (X5). JPEG, PNG, PDF and OFD (the national e-invoice
 * format, a ZIP container), at most 10 MB; the bytes are checked to be what the media type says.
 */
@Component
public class ReceiptStore {
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILE_NAME = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReceiptStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A stored receipt with its bytes and who uploaded it. */
    public record StoredReceipt(ReceiptFile file, byte[] content, String uploadedBy) {}

    /** The media type of a Content-Type header, without its parameters, in lower case. */
    public static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    /**
     * X1: an upload of the API or of the claim form, checked, then stored.
     *
     * @return the receipt as a claim's line cites it
     */
    public ReceiptFile store(String mediaType, String fileName, byte[] content, String uploadedBy) {
        if (!ReceiptFile.MEDIA_TYPES.contains(mediaType)) {
            throw new BusinessRuleViolation(
                    "X1",
                    "RECEIPT_TYPE_NOT_ALLOWED",
                    "a receipt is a JPEG or PNG photo, a PDF or an OFD file, not " + mediaType);
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleViolation("X1", "RECEIPT_TOO_LARGE", "a receipt file is at most 10 MB");
        }
        if (content.length == 0 || !looksLike(mediaType, content)) {
            throw new InvalidFieldException("body", "the content is not " + mediaType);
        }
        String name = fileName == null || fileName.isBlank() ? "receipt" : fileName.strip();
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(0, MAX_FILE_NAME);
        }
        String sha256 = sha256(content);
        jdbc.update(
                "insert into expense_receipt_file(sha256, media_type, file_name, size, content, uploaded_by, uploaded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict (sha256) do nothing",
                sha256,
                mediaType,
                name,
                content.length,
                content,
                uploadedBy,
                Timestamp.from(clock.instant()));
        return describe(sha256).orElseThrow();
    }

    /** The stored receipt's description (as first uploaded), or empty when no such file was uploaded. */
    public Optional<ReceiptFile> describe(String sha256) {
        List<ReceiptFile> found = jdbc.query(
                "select sha256, media_type, file_name, size from expense_receipt_file where sha256 = ?",
                (rs, i) -> new ReceiptFile(
                        rs.getString("sha256"),
                        rs.getString("media_type"),
                        rs.getString("file_name"),
                        rs.getLong("size")),
                sha256);
        return found.stream().findFirst();
    }

    /** The stored receipt with its bytes, or empty. */
    public Optional<StoredReceipt> load(String sha256) {
        List<StoredReceipt> found = jdbc.query(
                "select sha256, media_type, file_name, size, content, uploaded_by from expense_receipt_file where sha256 = ?",
                (rs, i) -> new StoredReceipt(
                        new ReceiptFile(
                                rs.getString("sha256"),
                                rs.getString("media_type"),
                                rs.getString("file_name"),
                                rs.getLong("size")),
                        rs.getBytes("content"),
                        rs.getString("uploaded_by")),
                sha256);
        return found.stream().findFirst();
    }

    /** Whether the first bytes are those of the media type (JPEG FF D8 FF, PNG 89 50 4E 47, PDF %PDF, OFD a ZIP). */
    static boolean looksLike(String mediaType, byte[] content) {
        return switch (mediaType) {
            case "image/jpeg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
            case "image/png" -> startsWith(content, 0x89, 0x50, 0x4E, 0x47);
            case "application/pdf" -> startsWith(content, 0x25, 0x50, 0x44, 0x46);
            case "application/ofd" -> startsWith(content, 0x50, 0x4B, 0x03, 0x04);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

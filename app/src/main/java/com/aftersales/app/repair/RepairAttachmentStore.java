package com.aftersales.app.repair;

import com.aftersales.api.common.BusinessRuleViolation;
import com.aftersales.app.web.InvalidFieldException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * R1: photos and documents of an intake, stored by content (table repair_attachment): the SHA-256
 * of the bytes is the key, so an upload repeated stores nothing new and answers the same hash. Only
 * JPEG, PNG and PDF, at most 5 MB each; the bytes are checked to be what the media type says.
 */
@Component
class RepairAttachmentStore {
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final Set<String> MEDIA_TYPES = Set.of("image/jpeg", "image/png", "application/pdf");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RepairAttachmentStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The media type of a Content-Type header, without its parameters, in lower case. */
    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    /**
     * R1: an upload of the API or of the intake page, checked, then stored: JPEG, PNG or PDF only,
     * at most 5 MB ({@code content} read up to one byte more tells), and the bytes what the type says.
     *
     * @return the SHA-256 the order references
     */
    String storeChecked(String mediaType, byte[] content, String uploadedBy) {
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new BusinessRuleViolation(
                    "R1", "ATTACHMENT_TYPE_NOT_ALLOWED", "only JPEG, PNG and PDF attachments, not " + mediaType);
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleViolation("R1", "ATTACHMENT_TOO_LARGE", "an attachment is at most 5 MB");
        }
        if (content.length == 0 || !looksLike(mediaType, content)) {
            throw new InvalidFieldException("body", "the content is not " + mediaType);
        }
        return store(mediaType, content, uploadedBy);
    }

    String store(String mediaType, byte[] content, String uploadedBy) {
        String sha256 = sha256(content);
        jdbc.update(
                "insert into repair_attachment(sha256, media_type, size, content, uploaded_by, uploaded_at)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict (sha256) do nothing",
                sha256,
                mediaType,
                content.length,
                content,
                uploadedBy,
                Timestamp.from(clock.instant()));
        return sha256;
    }

    /** Whether the first bytes are those of the media type (JPEG FF D8 FF, PNG 89 50 4E 47, PDF %PDF). */
    static boolean looksLike(String mediaType, byte[] content) {
        return switch (mediaType) {
            case "image/jpeg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
            case "image/png" -> startsWith(content, 0x89, 0x50, 0x4E, 0x47);
            case "application/pdf" -> startsWith(content, 0x25, 0x50, 0x44, 0x46);
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

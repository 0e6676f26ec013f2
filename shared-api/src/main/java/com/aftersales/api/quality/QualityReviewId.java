package com.aftersales.api.quality;

import com.aftersales.api.repair.RepairOrderId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identity of a quality review (质量评审) of a repeat repair (a UUID; for a detected repeat it is derived from the two orders, so a redelivered detection opens the same review). */
public record QualityReviewId(String value) {
    public QualityReviewId {
        Objects.requireNonNull(value, "QualityReviewId");
        UUID.fromString(value);
    }

    public static QualityReviewId random() {
        return new QualityReviewId(UUID.randomUUID().toString());
    }

    /**
     * R12/R13: the review of the repeat of {@code earlier} by {@code later}. Derived, not random, so
     * that opening it again after a redelivered detection names the same review.
     */
    public static QualityReviewId ofRepeat(RepairOrderId earlier, RepairOrderId later) {
        return new QualityReviewId(UUID.nameUUIDFromBytes(
                        ("repeat:" + earlier.value() + ":" + later.value()).getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

package com.aftersales.api.review;

import com.aftersales.api.common.UserId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identity of an engineer's dispute of one review item, derived from the engineer, the metric and
 * the event behind the item: an item is disputed once, and disputing it again names the same dispute.
 */
public record ReviewDisputeId(String value) {
    public ReviewDisputeId {
        Objects.requireNonNull(value, "ReviewDisputeId");
        UUID.fromString(value);
    }

    public static ReviewDisputeId of(UserId engineerId, String metric, String factEventId) {
        return new ReviewDisputeId(
                UUID.nameUUIDFromBytes(("review-dispute:" + engineerId.value() + ":" + item(metric) + ":" + factEventId)
                                .getBytes(StandardCharsets.UTF_8))
                        .toString());
    }

    /** The dimension of a known metric; any other text stands for itself. */
    private static String item(String metric) {
        for (ReviewMetric known : ReviewMetric.values()) {
            if (known.name().equals(metric)) {
                return known.dimension().name();
            }
        }
        return metric;
    }

    @Override
    public String toString() {
        return value;
    }
}

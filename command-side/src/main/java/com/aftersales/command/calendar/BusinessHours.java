package com.aftersales.command.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * W2: the hours a working day is open, from {@code opens} (inclusive) until {@code closes}
 * (exclusive), both in the calendar's zone and within one day: {@code opens} must be before
 * {@code closes}, so hours never cross midnight.
 */
public record BusinessHours(LocalTime opens, LocalTime closes) {
    /** The company's office hours, 09:00–18:00, unless the administrator sets others. */
    public static final BusinessHours DEFAULT = new BusinessHours(LocalTime.of(9, 0), LocalTime.of(18, 0));

    public BusinessHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("business hours must open before they close: " + opens + "–" + closes);
        }
    }
}

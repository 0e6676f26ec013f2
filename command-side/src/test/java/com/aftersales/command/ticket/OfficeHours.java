package com.aftersales.command.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * SLA time counted only between {@code opens} and {@code closes} in Shanghai, every day: a stand-in
 * for the company calendar's business hours in fixture tests.
 */
record OfficeHours(LocalTime opens, LocalTime closes, int version) implements SlaTime {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Override
    public Instant plus(Instant start, Duration amount) {
        Duration left = amount;
        ZonedDateTime at = start.atZone(SHANGHAI);
        while (true) {
            LocalDate day = at.toLocalDate();
            ZonedDateTime open = day.atTime(opens).atZone(SHANGHAI);
            ZonedDateTime close = day.atTime(closes).atZone(SHANGHAI);
            if (at.isBefore(open)) {
                at = open;
            }
            if (at.isBefore(close)) {
                Duration today = Duration.between(at, close);
                if (today.compareTo(left) >= 0) {
                    return at.plus(left).toInstant();
                }
                left = left.minus(today);
            }
            at = day.plusDays(1).atTime(opens).atZone(SHANGHAI);
        }
    }

    @Override
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (LocalDate day = from.atZone(SHANGHAI).toLocalDate();
                !day.isAfter(to.atZone(SHANGHAI).toLocalDate());
                day = day.plusDays(1)) {
            Instant open = max(day.atTime(opens).atZone(SHANGHAI).toInstant(), from);
            Instant close = min(day.atTime(closes).atZone(SHANGHAI).toInstant(), to);
            if (close.isAfter(open)) {
                total = total.plus(Duration.between(open, close));
            }
        }
        return total;
    }

    @Override
    public Integer calendarVersion() {
        return version;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

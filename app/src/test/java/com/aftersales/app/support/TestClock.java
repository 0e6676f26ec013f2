package com.aftersales.app.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in integration tests: the system clock plus an offset a test can move
 * forward. Everything that tells the time reads it (controllers, Axon's message timestamps,
 * db-scheduler's due-deadline polling, token expiry), so {@link #advance(Duration)} is a time
 * machine: a deadline two hours away fires at the next poll. All integration tests share one
 * context and so this clock; a test that advances it resets it afterwards (IntegrationTest does).
 */
public final class TestClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves the clock forward by {@code amount} (and keeps it running). */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a test clock only moves forward (reset() goes back): " + amount);
        }
        offset.accumulateAndGet(amount, Duration::plus);
    }

    /** Back to the system clock. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving time seen in another zone (it follows later advances of this clock). */
    @Override
    public Clock withZone(ZoneId otherZone) {
        TestClock parent = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return parent.instant();
            }

            @Override
            public ZoneId getZone() {
                return otherZone;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return parent.withZone(zone);
            }
        };
    }
}

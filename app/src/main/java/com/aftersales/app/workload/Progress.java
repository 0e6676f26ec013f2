package com.aftersales.app.workload;

import java.time.LocalDate;
import org.slf4j.Logger;

/**
 * The generator's progress bar, one log line at most every five seconds: how far, how fast, how
 * long still to go.
 */
final class Progress {
    private static final int WIDTH = 30;
    private static final long EVERY_NANOS = 5_000_000_000L;

    private final long target;
    private final long from;
    private final Logger log;
    private final long began = System.nanoTime();
    private long shown;

    Progress(long target, long from, Logger log) {
        this.target = target;
        this.from = from;
        this.log = log;
    }

    synchronized void show(long events, int rounds, LocalDate day) {
        long now = System.nanoTime();
        if (now - shown < EVERY_NANOS && events < target) {
            return;
        }
        shown = now;
        log.info("Workload {}", line(events, rounds, day, (now - began) / 1e9));
    }

    String line(long events, int rounds, LocalDate day, double seconds) {
        double done = Math.min(1.0, (double) events / target);
        int bar = (int) Math.round(done * WIDTH);
        double rate = seconds > 0 ? (events - from) / seconds : 0;
        long left = rate > 0 ? Math.round((target - Math.min(events, target)) / rate) : 0;
        String where = day == null ? "processed" : "events, %d rounds (up to %s)".formatted(rounds, day);
        return "[%s%s] %3d%% %,d / %,d %s, %,.0f events/s, %d:%02d left"
                .formatted(
                        "#".repeat(bar),
                        ".".repeat(WIDTH - bar),
                        Math.round(done * 100),
                        events,
                        target,
                        where,
                        rate,
                        left / 60,
                        left % 60);
    }
}

package com.aftersales.app.ui;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * After a form's command, the page the person is sent to should show what they just did. Read
 * models follow the events within milliseconds (tracking processors woken by the commit), so a page
 * reads again for a moment until the change shows; after {@link #PATIENCE} it shows the read model
 * as it stands. Without this, a page could show the old version, whose number the next form would
 * send, to be refused as stale; or "not found" for a ticket registered a moment ago.
 */
public final class ReadYourWrites {
    public static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final long PAUSE_MILLIS = 20;

    private ReadYourWrites() {}

    /** Reads until {@code shown} accepts the answer, or the patience is spent: the last answer. */
    public static <T> T await(Supplier<T> read, Predicate<T> shown) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T answer = read.get();
        while (!shown.test(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return answer;
            }
            answer = read.get();
        }
        return answer;
    }
}

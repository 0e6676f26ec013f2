package com.aftersales.query.ticket;

import java.time.Instant;

/**
 * T12's board order as one ascending number, so one index serves the board: an open software bug
 * sorts by priority, then by submission time (oldest first); every other ticket after all bugs,
 * newest first. Registration times are whole milliseconds, well below 10^13 until the year 2286.
 */
final class BoardOrder {
    private static final long PRIORITY_STEP = 10_000_000_000_000L;
    private static final long AFTER_ALL_BUGS = 100_000_000_000_000L;

    /** The same rule in SQL, for updates that know only the row's registration time. */
    static final String OTHER_TICKET_SQL =
            "(" + AFTER_ALL_BUGS + " - (extract(epoch from registered_at) * 1000)::bigint)";

    static final String OPEN_BUG_SQL =
            "(? * " + PRIORITY_STEP + " + (extract(epoch from registered_at) * 1000)::bigint)";

    private BoardOrder() {}

    static long otherTicket(Instant registeredAt) {
        return AFTER_ALL_BUGS - registeredAt.toEpochMilli();
    }
}

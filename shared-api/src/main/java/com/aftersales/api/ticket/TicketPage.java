package com.aftersales.api.ticket;

import java.util.List;

/**
 * One page of the ticket board. {@code total} counts the tickets that match the filter, exactly up
 * to {@link #COUNT_LIMIT}; beyond it {@code totalCapped} is true and {@code total} is the limit
 * ("200+"), so a page costs the same however large the board grows (counting 1,000 rows cost six
 * times the page itself; docs/performance.md). {@code hasMore}: a next page exists, however far.
 */
public record TicketPage(
        List<TicketSummaryView> items, long total, boolean totalCapped, int page, int size, boolean hasMore) {
    public static final int COUNT_LIMIT = 200;
}

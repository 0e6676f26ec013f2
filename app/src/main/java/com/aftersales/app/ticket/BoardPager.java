package com.aftersales.app.ticket;

import com.aftersales.api.ticket.TicketPage;

/**
 * "Page x of y" for a board page. Beyond {@link TicketPage#COUNT_LIMIT} matches the board does not
 * count on ({@code totalCapped}), so the last page is then shown as "y+" and the next link follows
 * {@code hasMore}, not the count.
 */
public record BoardPager(int page, int size, long total, boolean capped, boolean hasMore) {

    static BoardPager of(TicketPage board) {
        return new BoardPager(board.page(), board.size(), board.total(), board.totalCapped(), board.hasMore());
    }

    /** The page as people count it, from 1. */
    public int number() {
        return page + 1;
    }

    public String pages() {
        long counted = Math.max(1, (total + size - 1) / size);
        return capped ? counted + "+" : String.valueOf(Math.max(counted, number()));
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}

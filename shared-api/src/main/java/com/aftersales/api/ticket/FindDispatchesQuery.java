package com.aftersales.api.ticket;

import java.util.Objects;

/**
 * T7: the dispatches (派工) of one engineer across all tickets, the latest trip first, one page of
 * {@code size}. Answered with a list of {@link EngineerDispatchView}, at most {@code size} long.
 */
public record FindDispatchesQuery(String engineerId, int page, int size) {
    public FindDispatchesQuery {
        Objects.requireNonNull(engineerId, "engineer id");
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("size must be 1..500");
        }
    }
}

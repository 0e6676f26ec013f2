package com.aftersales.api.complaint;

import java.util.Objects;

/**
 * The complaint register (C2–C4): the complaints {@code filter} keeps, newest registration first,
 * at most {@code limit} (1..1000). Answered with a list of {@link ComplaintSummaryView}.
 */
public record FindComplaintsQuery(ComplaintFilter filter, int limit) {
    public static final int MAX_LIMIT = 1000;

    public FindComplaintsQuery {
        Objects.requireNonNull(filter, "filter");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }
}

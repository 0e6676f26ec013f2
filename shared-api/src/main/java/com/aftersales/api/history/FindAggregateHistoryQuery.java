package com.aftersales.api.history;

import java.util.Objects;

/** Every event of one aggregate, oldest first. Answered with a list of {@link HistoryEntryView}. */
public record FindAggregateHistoryQuery(String aggregateId) {
    public FindAggregateHistoryQuery {
        Objects.requireNonNull(aggregateId, "aggregate id");
    }
}

package com.aftersales.api.quality;

import java.util.Objects;

/** R12, R13: repeat-repair counts and rates per {@code by}. Answered with a list of {@link RepeatRateView}. */
public record FindRepeatRatesQuery(RepeatRateDimension by) {
    public FindRepeatRatesQuery {
        Objects.requireNonNull(by, "by");
    }
}

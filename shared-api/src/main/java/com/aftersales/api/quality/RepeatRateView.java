package com.aftersales.api.quality;

import java.math.BigDecimal;

/**
 * R12, R13: for one engineer (of the earlier repair), model or fault category: the completed
 * repairs, the repeats detected of them, and those a review found ENGINEER-caused (latest decision);
 * the rates are per cent of the completed repairs (null when none is completed), two decimals.
 */
public record RepeatRateView(
        String key,
        long completedRepairs,
        long repeatRepairs,
        long engineerCaused,
        BigDecimal repeatRatePercent,
        BigDecimal engineerCausedRatePercent) {}

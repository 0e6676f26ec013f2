package com.aftersales.query.statistics;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One event's contribution {@code amount} to additive figure {@code figure} of {@code month}. */
public record StatisticsFact(YearMonth month, String figure, BigDecimal amount) {}

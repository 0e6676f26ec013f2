package com.aftersales.api.statistics;

import java.time.YearMonth;

/** The figures now of each month from {@code from} to {@code to}, oldest first: a list of {@link MonthlyFiguresView}. */
public record FindFigureTrendQuery(YearMonth from, YearMonth to) {}

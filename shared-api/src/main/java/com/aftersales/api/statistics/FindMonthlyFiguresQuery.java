package com.aftersales.api.statistics;

import java.time.YearMonth;

/**
 * The figures of {@code month} from the statistics read model: as of global index {@code
 * upToPosition} (inclusive), or as they stand now when it is null. Answers {@link
 * MonthlyFiguresView}.
 */
public record FindMonthlyFiguresQuery(YearMonth month, Long upToPosition) {}

package com.aftersales.api.statistics;

import java.time.YearMonth;

/**
 * M3 check: the figures of {@code month} recomputed by reading the event store itself from the
 * first event up to global index {@code upToPosition}, through the same definitions as the read
 * model; an issued report is reproduced when this equals its recorded figures. Answers {@link
 * MonthlyFiguresView}. It reads the stream, so it is an on-demand check, not a page's read.
 */
public record ReplayMonthlyFiguresQuery(YearMonth month, long upToPosition) {}

package com.aftersales.api.statistics;

import java.time.YearMonth;

/** Every issued version of the reports of {@code month} (null: all months), newest month and version first. */
public record FindIssuedReportsQuery(YearMonth month) {}

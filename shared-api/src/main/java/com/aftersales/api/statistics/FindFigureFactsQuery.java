package com.aftersales.api.statistics;

import java.time.YearMonth;

/**
 * The events behind figure {@code figure} of {@code month} (for a rate: behind its numerator and
 * denominator) with global index above {@code afterPosition} (null: from the start) and up to
 * {@code upToPosition} (null: now), in stream order, at most {@code limit}. With a null {@code
 * figure} every figure's facts in that range: the late events behind the differences between an
 * issued report and the figures now. Answers a list of {@link FigureFactView}.
 */
public record FindFigureFactsQuery(YearMonth month, String figure, Long afterPosition, Long upToPosition, int limit) {}

package com.aftersales.api.statistics;

/**
 * The global index up to which the statistics read model has processed every event with no gap
 * below it: the position a report issued now is computed at. Answers a {@code Long}.
 */
public record FindStatisticsPositionQuery() {}

package com.aftersales.api.statistics;

/** How far the statistics read model has come: answers a {@link StatisticsProgressView}. */
public record FindStatisticsProgressQuery() {}

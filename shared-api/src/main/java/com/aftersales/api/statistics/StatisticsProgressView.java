package com.aftersales.api.statistics;

/**
 * How far the statistics read model has come in the event stream: {@code processedIndex}, the
 * highest global index it has handled, and {@code gaplessPosition}, the highest with no unhandled
 * gap below it. A gap is a global index whose event was not committed when the read model passed
 * it: an event of a transaction still open (it will be handled when it commits) or of one rolled
 * back (it never comes). -1 before the first event.
 */
public record StatisticsProgressView(long processedIndex, long gaplessPosition) {}

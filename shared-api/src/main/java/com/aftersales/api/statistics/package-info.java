/**
 * Monthly statistics (月度统计, M1–M3): the figures of a month in the company zone, the report
 * issued on the 5th with the event-stream position it was computed at, its restatements, and the
 * queries that explain each figure by the events behind it.
 */
package com.aftersales.api.statistics;

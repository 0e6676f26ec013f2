/**
 * Monthly statistics (M1–M3) as people read them: every event's facts per month and figure, the
 * month totals they add up to, the figures as of any stream position, the events behind each
 * figure, the issued reports, and the replay of the event stream that reproduces them.
 */
package com.aftersales.query.statistics;

/**
 * The monthly statistics as people use them (M1–M3): the figures of a month and what is behind each
 * one, the report issued on the 5th (by the job in the company zone, or by a MANAGER before it), its
 * restatements, the report as issued compared with the figures now, exports and charts.
 */
package com.aftersales.app.statistics;

/**
 * The working-day calendar (W1, W2): which days are working days (the official calendar of mainland
 * China plus an administrator's corrections) and the business hours of a working day.
 */
package com.aftersales.api.calendar;

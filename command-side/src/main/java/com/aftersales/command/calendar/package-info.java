/**
 * The working-day calendar (W1 working days, W2 business hours): the official calendar of mainland
 * China as the base layer, an administrator's corrections as events of the {@link
 * com.aftersales.command.calendar.CompanyCalendar}, and the pure arithmetic rules count with
 * ({@link com.aftersales.command.calendar.WorkingCalendar}).
 */
package com.aftersales.command.calendar;

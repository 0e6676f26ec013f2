package com.aftersales.api.calendar;

/** Where a day's kind comes from: the published official calendar, or an administrator's correction. */
public enum DaySource {
    OFFICIAL,
    CORRECTION
}

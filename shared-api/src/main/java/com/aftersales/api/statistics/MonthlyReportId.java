package com.aftersales.api.statistics;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Identity of the monthly report of one month (company zone), {@code YYYY-MM}: there is one report
 * per month, and its restatements are its later versions (M3).
 */
public record MonthlyReportId(String value) {
    public MonthlyReportId {
        Objects.requireNonNull(value, "MonthlyReportId");
        YearMonth.parse(value);
    }

    public static MonthlyReportId of(YearMonth month) {
        return new MonthlyReportId(month.toString());
    }

    public YearMonth month() {
        return YearMonth.parse(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

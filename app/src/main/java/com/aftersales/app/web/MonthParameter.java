package com.aftersales.app.web;

import java.time.DateTimeException;
import java.time.YearMonth;

/** A required month parameter of a request, as {@code yyyy-MM}; anything else is a 400 naming the field. */
public final class MonthParameter {
    private MonthParameter() {}

    public static YearMonth required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, field + " is a month as yyyy-MM");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeException bad) {
            throw new InvalidFieldException(field, field + " is a month as yyyy-MM, not " + value);
        }
    }
}

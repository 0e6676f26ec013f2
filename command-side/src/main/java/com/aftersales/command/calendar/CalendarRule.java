package com.aftersales.command.calendar;

import com.aftersales.command.common.RuleCode;

/**
 * Every way the {@link CompanyCalendar} refuses a command, with its rule id and stable code. W1 is
 * the working-day calendar (official days plus corrections), W2 its business hours.
 */
public enum CalendarRule implements RuleCode {
    /** A change of the calendar moves deadlines of every ticket: it says why. */
    CALENDAR_REASON_REQUIRED("W1", "CALENDAR_REASON_REQUIRED"),
    /** The day already is of that kind: the correction would record a change that did not happen. */
    CORRECTION_CHANGES_NOTHING("W1", "CORRECTION_CHANGES_NOTHING"),
    /** The day has no correction to withdraw. */
    NO_CORRECTION_TO_WITHDRAW("W1", "NO_CORRECTION_TO_WITHDRAW"),
    /** Business hours run within one day: they open before they close. */
    HOURS_OPEN_BEFORE_THEY_CLOSE("W2", "HOURS_OPEN_BEFORE_THEY_CLOSE"),
    /** The calendar already has these business hours. */
    HOURS_UNCHANGED("W2", "HOURS_UNCHANGED");

    private final String ruleId;
    private final String code;

    CalendarRule(String ruleId, String code) {
        this.ruleId = ruleId;
        this.code = code;
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    @Override
    public String code() {
        return code;
    }

    static void require(boolean condition, CalendarRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}

package com.aftersales.command.statistics;

import com.aftersales.command.common.RuleCode;

/** Every way a {@link MonthlyReport} refuses a command, with its rule id (M3) and stable code. */
public enum MonthlyReportRule implements RuleCode {
    /** M3: a month's report is issued once; every later version is a restatement. */
    M3_ALREADY_ISSUED("M3", "M3_ALREADY_ISSUED"),
    /** M3: a report is issued for a month that is over (issued after its last day). */
    M3_MONTH_NOT_OVER("M3", "M3_MONTH_NOT_OVER"),
    /** M3: a report holds at least one figure. */
    M3_FIGURES_REQUIRED("M3", "M3_FIGURES_REQUIRED"),
    /** M3: the figures are computed at a position of the event stream, never a negative one. */
    M3_NEGATIVE_POSITION("M3", "M3_NEGATIVE_POSITION"),
    /** M3: the scheduled report is the system's job. */
    M3_SCHEDULED_BY_SYSTEM_ONLY("M3", "M3_SCHEDULED_BY_SYSTEM_ONLY"),
    /** M1, M3: the job issues the previous month's report on the 5th of the next month, not before. */
    M3_SCHEDULED_BEFORE_THE_5TH("M3", "M3_SCHEDULED_BEFORE_THE_5TH"),
    /** M3: a report on demand, before the 5th, is a MANAGER's. */
    M3_ON_DEMAND_BY_MANAGER_ONLY("M3", "M3_ON_DEMAND_BY_MANAGER_ONLY"),
    /** M3: the first version is issued on schedule or on demand; a restatement has its own command. */
    M3_TRIGGER_NOT_AN_ISSUE("M3", "M3_TRIGGER_NOT_AN_ISSUE"),
    /** M3: only an issued report is restated. */
    M3_NOT_ISSUED("M3", "M3_NOT_ISSUED"),
    /** M3: a MANAGER restates a report. */
    M3_RESTATEMENT_BY_MANAGER_ONLY("M3", "M3_RESTATEMENT_BY_MANAGER_ONLY"),
    /** M3: a restatement says why: corrections never show silently. */
    M3_RESTATEMENT_REASON_REQUIRED("M3", "M3_RESTATEMENT_REASON_REQUIRED"),
    /** M3: a restatement follows the current version; one based on an older version is stale. */
    M3_RESTATEMENT_STALE("M3", "M3_RESTATEMENT_STALE"),
    /** M3: a restatement is computed at a later stream position than the version it follows. */
    M3_RESTATEMENT_POSITION_NOT_LATER("M3", "M3_RESTATEMENT_POSITION_NOT_LATER");

    private final String ruleId;
    private final String code;

    MonthlyReportRule(String ruleId, String code) {
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

    static void require(boolean condition, MonthlyReportRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}

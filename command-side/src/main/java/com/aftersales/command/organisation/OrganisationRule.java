package com.aftersales.command.organisation;

import com.aftersales.command.common.RuleCode;

/**
 * Every way the {@link OrganisationChart} refuses a command, with its rule id and stable code. All
 * belong to T8: a difficult case goes one level up, which needs a chart without loops.
 */
public enum OrganisationRule implements RuleCode {
    /** Escalating to oneself is no escalation. */
    SELF_SUPERIOR("T8", "SELF_SUPERIOR"),
    /** The new superior already reports, directly or not, to the person: escalation would go round. */
    SUPERIOR_CYCLE("T8", "SUPERIOR_CYCLE"),
    /** The person already has that superior; a repeat would record a change that did not happen. */
    SUPERIOR_UNCHANGED("T8", "SUPERIOR_UNCHANGED"),
    NO_SUPERIOR_TO_REMOVE("T8", "NO_SUPERIOR_TO_REMOVE");

    private final String ruleId;
    private final String code;

    OrganisationRule(String ruleId, String code) {
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

    static void require(boolean condition, OrganisationRule rule, String message) {
        RuleCode.require(condition, rule, message);
    }
}

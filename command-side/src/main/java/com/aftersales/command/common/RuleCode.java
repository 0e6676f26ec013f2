package com.aftersales.command.common;

import com.aftersales.api.common.BusinessRuleViolation;

/**
 * One way an aggregate refuses a command: the rule id (T9, R4, …) and the stable code clients see in
 * {@code urn:problem:rule-<code>}. Each aggregate lists its refusals in one enum implementing this,
 * which its tests share; a refusal never spells its code as a string of its own.
 */
public interface RuleCode {
    String ruleId();

    String code();

    default BusinessRuleViolation violation(String message) {
        return new BusinessRuleViolation(ruleId(), code(), message);
    }

    /** Refuses the command with {@code rule} unless {@code condition} holds. */
    static void require(boolean condition, RuleCode rule, String message) {
        if (!condition) {
            throw rule.violation(message);
        }
    }
}

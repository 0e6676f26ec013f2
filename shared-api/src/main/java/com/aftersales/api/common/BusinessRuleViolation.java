package com.aftersales.api.common;

import java.util.Objects;

/**
 * A command broke a business rule (docs/domain/). {@code ruleId} is the rule's id (T9, R4, ...);
 * {@code code} is a stable machine-readable error code. Nothing is stored when this is thrown.
 */
public class BusinessRuleViolation extends RuntimeException {
    private final String ruleId;
    private final String code;

    public BusinessRuleViolation(String ruleId, String code, String message) {
        super(message);
        this.ruleId = Objects.requireNonNull(ruleId);
        this.code = Objects.requireNonNull(code);
    }

    public String ruleId() {
        return ruleId;
    }

    public String code() {
        return code;
    }
}

package com.aftersales.api.policy;

import java.util.Objects;

/**
 * Identity of the company policy. There is one for the whole company, {@link #COMPANY}; its
 * commands are routed there.
 */
public record PolicyId(String value) {
    public static final PolicyId COMPANY = new PolicyId("company-policy");

    public PolicyId {
        Objects.requireNonNull(value, "policy id");
    }

    @Override
    public String toString() {
        return value;
    }
}

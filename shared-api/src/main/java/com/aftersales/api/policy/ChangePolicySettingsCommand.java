package com.aftersales.api.policy;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replace the company policy with {@code settings}, as its next version. {@code expectedVersion}
 * is the version the author decided on (0 when there is none yet); {@code reason} says why.
 */
public record ChangePolicySettingsCommand(
        @TargetAggregateIdentifier PolicyId policyId, int expectedVersion, PolicySettings settings, String reason) {

    public ChangePolicySettingsCommand {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(settings, "settings");
        if (!PolicyId.COMPANY.equals(policyId)) {
            throw new IllegalArgumentException("there is one company policy, " + PolicyId.COMPANY);
        }
    }

    /** A change of the one company policy. */
    public ChangePolicySettingsCommand(int expectedVersion, PolicySettings settings, String reason) {
        this(PolicyId.COMPANY, expectedVersion, settings, reason);
    }
}

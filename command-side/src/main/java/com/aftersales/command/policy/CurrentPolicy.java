package com.aftersales.command.policy;

import com.aftersales.api.policy.PolicySettings;
import java.util.Objects;

/** The policy version in force and its whole content. */
public record CurrentPolicy(int version, PolicySettings settings) {
    public CurrentPolicy {
        Objects.requireNonNull(settings, "settings");
    }
}

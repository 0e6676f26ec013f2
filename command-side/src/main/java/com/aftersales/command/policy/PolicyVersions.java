package com.aftersales.command.policy;

import com.aftersales.api.policy.PolicySettings;

/**
 * The versions of the company policy as committed: what a command uses now, and what an earlier
 * decision used. A version never changes once recorded.
 */
public interface PolicyVersions {
    /** The latest committed version; throws {@link UnknownPolicyVersionException} before version 1 exists. */
    CurrentPolicy current();

    /** The settings of {@code version}; throws {@link UnknownPolicyVersionException} if there is no such version. */
    PolicySettings at(int version);
}

package com.aftersales.api.policy;

/** The policy version in force now; answered with an optional {@link PolicyVersionView}. */
public record FindCurrentPolicyQuery() {}

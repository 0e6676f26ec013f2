package com.aftersales.api.policy;

/** One version of the policy; answered with an optional {@link PolicyVersionView}. */
public record FindPolicyVersionQuery(int version) {}

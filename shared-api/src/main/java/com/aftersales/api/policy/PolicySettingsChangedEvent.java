package com.aftersales.api.policy;

import org.axonframework.serialization.Revision;

/**
 * The company policy is now at {@code version} (1 for the first, the defaults), whose whole
 * content is {@code settings}; {@code reason} says why it changed.
 */
@Revision("2")
public record PolicySettingsChangedEvent(PolicyId policyId, int version, PolicySettings settings, String reason) {}

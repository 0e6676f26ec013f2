package com.aftersales.api.policy;

import org.axonframework.serialization.Revision;

/**
 * The company policy is now at {@code version} (1 for the first, the defaults), whose whole
 * content is {@code settings}; {@code reason} says why it changed.
 *
 * <p>Revision 2 added the repair numbers of R3, R5, R7, R9, R10 and R14; revision 3 added the review
 * family (E1, E2). Older revisions are upcast with the defaults of the rules.
 */
@Revision("3")
public record PolicySettingsChangedEvent(PolicyId policyId, int version, PolicySettings settings, String reason) {}

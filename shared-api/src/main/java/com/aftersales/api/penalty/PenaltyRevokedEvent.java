package com.aftersales.api.penalty;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/**
 * P3: the penalty no longer applies; revoked by {@code revokedBy} (a MANAGER) for {@code reason},
 * {@code onAppeal} when an upheld appeal revoked it. It stays on the register.
 */
@Revision("1")
public record PenaltyRevokedEvent(
        PenaltyId penaltyId, UserId subject, String reason, UserId revokedBy, boolean onAppeal) {}

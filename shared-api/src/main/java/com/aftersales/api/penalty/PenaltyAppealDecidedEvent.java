package com.aftersales.api.penalty;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** P3: {@code decidedBy} (a MANAGER) decided the appeal; UPHELD is followed by {@link PenaltyRevokedEvent}. */
@Revision("1")
public record PenaltyAppealDecidedEvent(
        PenaltyId penaltyId, UserId subject, AppealOutcome outcome, String reason, UserId decidedBy) {}

package com.aftersales.api.penalty;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** P1: {@code decidedBy} (a MANAGER) rejected the proposal; no penalty. */
@Revision("1")
public record PenaltyRejectedEvent(PenaltyId penaltyId, UserId subject, String reason, UserId decidedBy) {}

package com.aftersales.api.penalty;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** P3: the penalised {@code subject} appealed, for {@code reason}. */
@Revision("1")
public record PenaltyAppealedEvent(PenaltyId penaltyId, UserId subject, String reason) {}

package com.aftersales.api.complaint;

import com.aftersales.api.common.UserId;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import org.axonframework.serialization.Revision;

/**
 * C5 → P1: the complaint proposed penalty {@code penaltyId} against {@code subject}, the engineer
 * it is about; the penalty's own proposal event, recorded in the same unit of work, lists the
 * evidence.
 */
@Revision("1")
public record ComplaintPenaltyProposedEvent(
        ComplaintId complaintId, PenaltyId penaltyId, UserId subject, PenaltyKind proposedKind, UserId proposedBy) {}

package com.aftersales.api.quality;

import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;

/**
 * R13, P1: an ENGINEER decision may propose a penalty against the engineer of the earlier repair:
 * the penalty {@code penaltyId} is opened with the decision, suggesting {@code proposedKind}, for
 * {@code reason}. A MANAGER decides it.
 */
public record PenaltyProposal(PenaltyId penaltyId, PenaltyKind proposedKind, String reason) {}

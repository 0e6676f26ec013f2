package com.aftersales.api.penalty;

import java.util.Objects;

/** P2: one penalty with its evidence and every fact about it. Answered with a {@link PenaltyView} or null. */
public record FindPenaltyQuery(PenaltyId penaltyId) {
    public FindPenaltyQuery {
        Objects.requireNonNull(penaltyId, "penaltyId");
    }
}

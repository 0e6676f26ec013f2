package com.aftersales.api.penalty;

import java.util.Objects;

/**
 * P2: the facts behind every piece of evidence a penalty cites, answered with a {@link
 * PenaltyEvidenceView}, or null when there is no such penalty.
 */
public record FindPenaltyEvidenceQuery(PenaltyId penaltyId) {
    public FindPenaltyEvidenceQuery {
        Objects.requireNonNull(penaltyId, "penaltyId");
    }
}

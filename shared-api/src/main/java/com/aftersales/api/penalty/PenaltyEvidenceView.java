package com.aftersales.api.penalty;

import java.util.List;

/** P2: a penalty's evidence, in the order it cites it, each piece with the facts behind it. */
public record PenaltyEvidenceView(PenaltyId penaltyId, List<EvidenceFactsView> evidence) {
    public PenaltyEvidenceView {
        evidence = List.copyOf(evidence);
    }
}

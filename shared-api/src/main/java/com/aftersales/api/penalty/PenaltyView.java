package com.aftersales.api.penalty;

import java.util.List;

/** P2: a penalty with every piece of evidence it cites and every fact about it, oldest first. */
public record PenaltyView(PenaltySummaryView summary, List<EvidenceRef> evidence, List<PenaltyFactView> facts) {
    public PenaltyView {
        evidence = List.copyOf(evidence);
        facts = List.copyOf(facts);
    }
}

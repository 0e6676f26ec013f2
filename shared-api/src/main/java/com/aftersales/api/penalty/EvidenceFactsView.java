package com.aftersales.api.penalty;

import com.aftersales.api.history.HistoryEntryView;
import java.util.List;

/**
 * P2, S3: one piece of evidence and the recorded events behind it, oldest first, each with who did
 * it, in which role and when: every event of the complaint, ticket, repair order or quality review
 * it names, or the one event a callback or event reference names. {@code resolved} is false for
 * evidence kept outside the ledger (a part number, a document's hash) or naming nothing recorded.
 */
public record EvidenceFactsView(EvidenceRef ref, boolean resolved, List<HistoryEntryView> facts) {
    public EvidenceFactsView {
        facts = List.copyOf(facts);
    }
}

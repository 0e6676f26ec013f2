package com.aftersales.api.penalty;

import com.aftersales.api.common.UserId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * P1, P2: {@code proposedBy} proposed a penalty against {@code subject} from {@code source} {@code
 * sourceId}, for {@code reason}, citing {@code evidence} (the source itself first). {@code
 * proposedKind} is the proposer's suggestion; a MANAGER decides.
 */
@Revision("1")
public record PenaltyProposedEvent(
        PenaltyId penaltyId,
        PenaltySource source,
        String sourceId,
        UserId subject,
        List<EvidenceRef> evidence,
        PenaltyKind proposedKind,
        String reason,
        UserId proposedBy) {
    public PenaltyProposedEvent {
        evidence = List.copyOf(evidence);
    }
}

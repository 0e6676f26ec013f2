package com.aftersales.api.penalty;

import com.aftersales.api.common.UserId;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * P1, P2: propose a penalty against {@code subject} from a complaint investigation (SUPERVISOR) or
 * an expense audit (FINANCE), citing {@code evidence}. A quality review's proposal is not sent as
 * this command: it is made by the review's ENGINEER decision (R13). {@code proposedKind} is a
 * suggestion; the MANAGER decides the kind.
 */
public record ProposePenaltyCommand(
        @TargetAggregateIdentifier PenaltyId penaltyId,
        PenaltySource source,
        String sourceId,
        UserId subject,
        List<EvidenceRef> evidence,
        PenaltyKind proposedKind,
        String reason) {
    public ProposePenaltyCommand {
        Objects.requireNonNull(penaltyId, "penaltyId");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}

package com.aftersales.api.complaint;

import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyId;
import com.aftersales.api.penalty.PenaltyKind;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * C5 → P1: an accepted complaint of a serious service fault proposes a penalty against the engineer
 * concerned, suggesting {@code proposedKind} by severity, for {@code reason}. The penalty {@code
 * penaltyId} is opened in the same unit of work, citing the complaint, its callback, ticket, repair
 * order and linked repeat reviews, then {@code evidence}. Once per complaint, by a SUPERVISOR.
 */
public record ProposeComplaintPenaltyCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        PenaltyId penaltyId,
        PenaltyKind proposedKind,
        String reason,
        List<EvidenceRef> evidence) {
    public ProposeComplaintPenaltyCommand {
        Objects.requireNonNull(complaintId, "complaintId");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}

package com.aftersales.api.complaint;

import com.aftersales.api.common.UserId;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * C4: the result goes to the people involved and their supervisor: the engineer concerned and
 * their superior on the organisation chart are always recipients; {@code alsoTo} names the others.
 */
public record SendComplaintResultCommand(
        @TargetAggregateIdentifier ComplaintId complaintId, String summary, List<UserId> alsoTo) {
    public SendComplaintResultCommand {
        Objects.requireNonNull(complaintId, "complaintId");
        alsoTo = alsoTo == null ? List.of() : List.copyOf(alsoTo);
    }
}

package com.aftersales.api.complaint;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** C4: what was done, following the plan. */
public record RecordComplaintHandlingCommand(
        @TargetAggregateIdentifier ComplaintId complaintId, String actions) {
    public RecordComplaintHandlingCommand {
        Objects.requireNonNull(complaintId, "complaintId");
    }
}

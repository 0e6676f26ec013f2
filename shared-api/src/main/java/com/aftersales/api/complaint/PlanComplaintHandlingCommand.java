package com.aftersales.api.complaint;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** C4: the handling plan, after the cause analysis. */
public record PlanComplaintHandlingCommand(
        @TargetAggregateIdentifier ComplaintId complaintId, String plan) {
    public PlanComplaintHandlingCommand {
        Objects.requireNonNull(complaintId, "complaintId");
    }
}

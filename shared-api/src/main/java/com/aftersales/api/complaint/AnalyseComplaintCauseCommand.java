package com.aftersales.api.complaint;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** C4: the cause analysis of an accepted complaint. */
public record AnalyseComplaintCauseCommand(
        @TargetAggregateIdentifier ComplaintId complaintId, ComplaintCause cause, String analysis) {
    public AnalyseComplaintCauseCommand {
        Objects.requireNonNull(complaintId, "complaintId");
    }
}

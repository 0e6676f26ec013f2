package com.aftersales.api.complaint;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** C4: archive a complaint whose result was sent, or a rejected one. */
public record ArchiveComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId) {
    public ArchiveComplaintCommand {
        Objects.requireNonNull(complaintId, "complaintId");
    }
}

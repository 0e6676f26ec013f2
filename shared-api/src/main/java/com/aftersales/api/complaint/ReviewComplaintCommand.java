package com.aftersales.api.complaint;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * C3: the supervisor's review of authenticity and reasonableness, with reasons; accepted exactly
 * when both hold, then in {@code category}. S2: not by the engineer the complaint is about.
 */
public record ReviewComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        boolean authentic,
        boolean reasonable,
        ComplaintCategory category,
        String reasons) {
    public ReviewComplaintCommand {
        Objects.requireNonNull(complaintId, "complaintId");
    }
}

package com.aftersales.api.ticket;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T9: close a ticket; only after customer confirmation and the service report. */
public record CloseServiceTicketCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        String closingNote,
        @TargetAggregateVersion Long expectedVersion) {}

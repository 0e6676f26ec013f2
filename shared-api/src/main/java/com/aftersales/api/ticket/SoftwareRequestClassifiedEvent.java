package com.aftersales.api.ticket;

import org.axonframework.serialization.Revision;

/** T12: a software request was classified; {@code evaluation} is set for requirements. */
@Revision("1")
public record SoftwareRequestClassifiedEvent(
        TicketId ticketId, SoftwareRequestClass requestClass, int priority, RequirementEvaluation evaluation) {}

package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** T8: a difficult case went one level up; {@code level} counts from 1 for the first escalation. */
@Revision("1")
public record DifficultCaseEscalatedEvent(
        TicketId ticketId, UserId fromPerson, UserId toPerson, int level, String reason) {}

package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/**
 * T8: a difficult case went one level up; {@code level} counts from 1 for the first escalation.
 * {@code toPerson} is the superior the organisation chart named at the time, so replaying the
 * ticket never consults the chart as it is today.
 */
@Revision("1")
public record DifficultCaseEscalatedEvent(
        TicketId ticketId, UserId fromPerson, UserId toPerson, int level, String reason) {}

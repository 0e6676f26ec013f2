package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** T8: a difficult-case file (疑难案件) was opened. */
@Revision("1")
public record DifficultCaseOpenedEvent(TicketId ticketId, UserId responsiblePerson, String historySummary) {}

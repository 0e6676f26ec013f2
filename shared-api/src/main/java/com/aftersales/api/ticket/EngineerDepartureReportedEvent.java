package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * T9: the engineer reported to the supervisor before leaving the site. In a travelling mode
 * (ON_SITE, INSTALLATION) the service counts as done only with it: the ticket closes only then.
 */
@Revision("1")
public record EngineerDepartureReportedEvent(
        TicketId ticketId, UserId engineerId, UserId supervisorId, Instant departedAt, String summary) {}

package com.aftersales.api.ticket;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * T10: an URGENT ticket under a service contract was not fixed within the allowed hours after its
 * loaner clock started, at the first arrival or the first unit receipt, whichever came first.
 *
 * <p>Revision 2 replaced {@code arrivedAt} with {@code clockStartedAt} and {@code startedBy};
 * revision 1 is upcast with {@code startedBy = ARRIVAL}, the only start it knew.
 */
@Revision("2")
public record LoanerBecameDueEvent(
        TicketId ticketId, Instant clockStartedAt, LoanerClockStart startedBy, Instant dueAt) {}

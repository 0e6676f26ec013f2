package com.aftersales.api.ticket;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * T6: the unit reached the workshop in REPAIR mode; the service report needs it. The first receipt
 * of an URGENT contract ticket starts the T10 loaner clock, unless an arrival started it earlier.
 */
@Revision("1")
public record UnitReceivedEvent(TicketId ticketId, Instant receivedAt) {}

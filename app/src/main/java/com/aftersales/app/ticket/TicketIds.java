package com.aftersales.app.ticket;

import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.web.UnknownResourceException;

/** A ticket id from a path: anything that is not one names no ticket (404), it is not bad input. */
final class TicketIds {
    private TicketIds() {}

    static TicketId parse(String id) {
        try {
            return new TicketId(id);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownResourceException("no ticket " + id);
        }
    }
}

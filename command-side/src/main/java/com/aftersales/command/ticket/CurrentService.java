package com.aftersales.command.ticket;

import com.aftersales.api.common.Role;
import com.aftersales.api.ticket.ConfirmServiceCommand;

/**
 * The service a ticket is getting now: an engineer's {@link Engagement} on a technical ticket, or
 * the {@link LogisticsCase} on a logistics one. Planning, confirmation and closing ask it, so the
 * root need not know which kind of service it is.
 */
interface CurrentService {

    /** Engineers act only on tickets assigned to them; clerks and supervisors act on any. */
    void requireOwnTicketIfEngineer(String actor, String role, TicketRule rule);

    /** T9: the customer confirms a service once it is reported (or, in logistics, resolved). */
    void confirm(ConfirmServiceCommand command, String actor, String role);

    /** T9: what this service needs before the ticket may close. */
    void requireDoneForClosing();

    /** The role the person chose to act in, not every role they hold. */
    static boolean isEngineer(String role) {
        return Role.ENGINEER.name().equals(role);
    }
}
